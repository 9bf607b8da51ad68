package io.reanimator.parser.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DimmLocatorsTest {

  @Test
  void shouldFindTheLocatorWhereverVendorsPrintIt() {
    assertThat(DimmLocators.find("DIMM_B2")).isEqualTo("DIMM_B2");
    assertThat(DimmLocators.find(null, "Uncorrectable ECC @DIMMB2(CPU1)")).isEqualTo("DIMMB2(CPU1)");
    assertThat(DimmLocators.find("#0x87", "Correctable ECC (CPU0_G1)")).isEqualTo("CPU0_G1");
    assertThat(DimmLocators.find("Correctable ECC, P1_DIMMF1")).isEqualTo("P1_DIMMF1");
    assertThat(DimmLocators.find("Memory | CPU 0 DIMM 0")).isEqualTo("CPU 0 DIMM 0");
    assertThat(DimmLocators.find("DIMM_P1_B1")).isEqualTo("DIMM_P1_B1");
    assertThat(DimmLocators.find("Multi-bit memory errors detected on a memory device at location(s) DIMM_A1."))
        .isEqualTo("DIMM_A1");
  }

  @Test
  void shouldFindNothingWhenNoDimmIsNamed() {
    assertThat(DimmLocators.find("Mmry ECC Sensor", "Uncorrectable ECC", null)).isNull();
    assertThat(DimmLocators.find("#0x87", "Correctable ECC ()")).isNull();
  }

  @Test
  void shouldTellMemoryEventsByTypeOrText() {
    assertThat(DimmLocators.isMemoryEvent("Memory", "Presence detected")).isTrue();
    assertThat(DimmLocators.isMemoryEvent(null, "Correctable ECC")).isTrue();
    assertThat(DimmLocators.isMemoryEvent("Power Supply", "Failure detected")).isFalse();
  }
}
