package org.maillage.web.session;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenCipherTest {

    private final TokenCipher cipher = new TokenCipher(Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void aTokenComesBackOnlyForItsOwnRowAndUnaltered() {
        byte[] sealed = cipher.encrypt("refresh-token", "row-1");
        assertThat(new String(sealed)).doesNotContain("refresh-token");
        assertThat(cipher.decrypt(sealed, "row-1")).isEqualTo("refresh-token");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "row-2")).isInstanceOf(IllegalStateException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(sealed, "row-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyOfTheWrongSizeIsRefusedAtStart() {
        assertThatThrownBy(() -> new TokenCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }
}
