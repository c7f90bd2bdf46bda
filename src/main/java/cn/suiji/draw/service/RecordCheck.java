package cn.suiji.draw.service;

import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.DrawVerifier;
import cn.suiji.draw.domain.Verification;
import cn.suiji.draw.render.DrawRecordJson;
import cn.suiji.shared.SuijiException;
import org.jspecify.annotations.Nullable;

/**
 * An exported draw record (DRAW-SPEC §7) recomputed from its text, for another feature that
 * carries records in its files (the exchange package, issue 14) without reaching into draw.render.
 */
public final class RecordCheck {
  private RecordCheck() {}

  /**
   * The record recomputed: null when it recomputes, else the first problem in a sentence naming
   * {@code name} (the file it came in).
   */
  public static @Nullable String problem(String name, String json) {
    DrawRecord record;
    try {
      record = new DrawRecordJson().fromJson(json);
    } catch (SuijiException e) {
      return cn.suiji.shared.l10n.Messages.msg("cli.draw.verify.malformed", name, DrawFinding.describe(e));
    }
    Verification v = DrawVerifier.verify(record);
    if (v instanceof Verification.Mismatch m) {
      return cn.suiji.shared.l10n.Messages.msg("cli.draw.verify.mismatch", name, m.member(), m.recorded(), m.recomputed());
    }
    return null;
  }

  /**
   * The printed record (抽取记录) of a confirmed or voided draw as PDF bytes — the same document
   * {@code suiji draw print} writes — for the exchange package beside the record's JSON.
   */
  public static byte[] pdf(DrawService draws, long drawId) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new cn.suiji.draw.render.DrawRecordPdf().write(draws.sheet(drawId), out);
    return out.toByteArray();
  }

  /** The record of a confirmed or voided draw as exported JSON text. */
  public static String exported(DrawService draws, long drawId) {
    return new DrawRecordJson().toJson(draws.record(drawId));
  }

}
