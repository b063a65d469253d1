package org.maillage.contracts.contract;

import org.junit.jupiter.api.Test;
import org.maillage.contracts.api.http.ContractStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.contracts.api.http.ContractStatus.ACTIVE;
import static org.maillage.contracts.api.http.ContractStatus.CANCELLED;
import static org.maillage.contracts.api.http.ContractStatus.COMPLETED;
import static org.maillage.contracts.api.http.ContractStatus.PENDING;
import static org.maillage.contracts.api.http.ContractStatus.TERMINATED;

/** Which status follows which (the rules live with the status, in contracts-api), no framework, no database. */
class ContractLifeTest {

    @Test
    void aContractStartsThenEndsOnceAndNeverComesBack() {
        assertThat(PENDING.canMoveTo(ACTIVE)).isTrue();
        assertThat(PENDING.canMoveTo(CANCELLED)).isTrue();
        assertThat(PENDING.canMoveTo(COMPLETED)).isFalse();
        assertThat(ACTIVE.canMoveTo(COMPLETED)).isTrue();
        assertThat(ACTIVE.canMoveTo(TERMINATED)).isTrue();
        assertThat(ACTIVE.canMoveTo(CANCELLED)).isFalse();
        for (ContractStatus ended : new ContractStatus[]{COMPLETED, TERMINATED, CANCELLED}) {
            assertThat(ended.canMoveTo(ACTIVE)).isFalse();
            assertThat(ended.amendable()).isFalse();
        }
        assertThat(TERMINATED.needsReason()).isTrue();
        assertThat(COMPLETED.needsReason()).isFalse();
    }
}
