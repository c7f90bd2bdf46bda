package cn.suiji.report.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An evidence file (证明材料) of a department's year for one indicator, as checked when read.
 *
 * @param storedFile the copy's name relative to the data file's folder ({@code county.evidence/<sha>.pdf})
 * @param dated the date the material bears (the meeting, the training), chosen by the clerk
 */
public record Evidence(long id, String departmentCode, int year, Indicator indicator, String storedFile,
    String originalName, String sha256, long sizeBytes, LocalDate dated, @Nullable String note, EvidenceState state) {}
