package io.reanimator.parser.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.HealthStatus;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

  @Test
  void shouldGradeSectorCountsAtTheDocumentedBoundaries() {
    assertThat(SmartThresholds.sectorStatus(0, false)).isEqualTo(HealthStatus.OK);
    assertThat(SmartThresholds.sectorStatus(1, false)).isEqualTo(HealthStatus.WARNING);
    assertThat(SmartThresholds.sectorStatus(SmartThresholds.CRITICAL_SECTOR_COUNT - 1, false))
        .isEqualTo(HealthStatus.WARNING);
    assertThat(SmartThresholds.sectorStatus(SmartThresholds.CRITICAL_SECTOR_COUNT, false))
        .isEqualTo(HealthStatus.CRITICAL);
    assertThat(SmartThresholds.sectorStatus(0, true)).isEqualTo(HealthStatus.CRITICAL);
  }

  @Test
  void shouldGradeNvmeWearAndSpareAtTheDocumentedBoundaries() {
    assertThat(NvmeThresholds.percentUsedStatus(NvmeThresholds.PERCENT_USED_WARNING - 1)).isEqualTo(HealthStatus.OK);
    assertThat(NvmeThresholds.percentUsedStatus(NvmeThresholds.PERCENT_USED_WARNING))
        .isEqualTo(HealthStatus.WARNING);
    assertThat(NvmeThresholds.percentUsedStatus(NvmeThresholds.PERCENT_USED_CRITICAL))
        .isEqualTo(HealthStatus.CRITICAL);
    assertThat(NvmeThresholds.spareStatus(9, 10)).isEqualTo(HealthStatus.CRITICAL);
    assertThat(NvmeThresholds.spareStatus(10, 10)).isEqualTo(HealthStatus.WARNING);
    assertThat(NvmeThresholds.spareStatus(20, 10)).isEqualTo(HealthStatus.OK);
  }

  @Test
  void shouldTreatAnyCriticalWarningBitAsCritical() {
    for (long bit = 1; bit <= 0x20; bit <<= 1) {
      assertThat(NvmeThresholds.assess(bit, null, null, null, null, "t").get(0).getStatus())
          .as("bit 0x%x", bit).isEqualTo(HealthStatus.CRITICAL);
    }
    assertThat(NvmeThresholds.assess(0L, 0L, null, null, null, "t"))
        .allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(HealthStatus.OK));
  }
}
