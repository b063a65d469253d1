package org.maillage.contracts.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which status follows which, no framework, no database. */
class ContractLifeTest {

    @Test
    void aContractStartsThenEndsOnceAndNeverComesBack() {
        assertThat(ContractLife.canMove("PENDING", "ACTIVE")).isTrue();
        assertThat(ContractLife.canMove("PENDING", "CANCELLED")).isTrue();
        assertThat(ContractLife.canMove("PENDING", "COMPLETED")).isFalse();
        assertThat(ContractLife.canMove("ACTIVE", "COMPLETED")).isTrue();
        assertThat(ContractLife.canMove("ACTIVE", "TERMINATED")).isTrue();
        assertThat(ContractLife.canMove("ACTIVE", "CANCELLED")).isFalse();
        for (String ended : new String[]{"COMPLETED", "TERMINATED", "CANCELLED"}) {
            assertThat(ContractLife.canMove(ended, "ACTIVE")).isFalse();
            assertThat(ContractLife.amendable(ended)).isFalse();
        }
        assertThat(ContractLife.needsReason("TERMINATED")).isTrue();
        assertThat(ContractLife.needsReason("COMPLETED")).isFalse();
    }
}
