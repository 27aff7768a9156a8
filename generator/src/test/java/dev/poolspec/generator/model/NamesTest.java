package dev.poolspec.generator.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void javaNamesKeepTheLettersOfAccentedNames() {
        assertThat(Names.upperCamel("Ünïcödé")).isEqualTo("Unicode");
        assertThat(Names.upperCamel("api.v2010.account.call")).isEqualTo("ApiV2010AccountCall");
        assertThat(Names.upperCamel("crème-brûlée")).isEqualTo("CremeBrulee");
        assertThat(Names.upperCamel("宠物")).isEqualTo("_");
        assertThat(Names.upperCamel("2fa")).isEqualTo("_2fa");
    }
}
