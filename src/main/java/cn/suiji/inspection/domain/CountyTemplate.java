package cn.suiji.inspection.domain;

import java.time.OffsetDateTime;

/**
 * A template the county loaded in place of the default one: which kind, the file it came
 * from, the SHA-256 of its bytes (as stored), when and by whom.
 */
public record CountyTemplate(TemplateKind kind, String fileName, String sha256, OffsetDateTime loadedAt,
    String loadedBy) {}
