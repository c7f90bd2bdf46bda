package cn.suiji.shared.outbox;

/** What an outbox entry carries to the provincial platform. */
public enum OutboxKind {
  /** The annual plan and its tasks (plan code, provincial task numbers). */
  PLAN,
  /** The 抽查名单 of a confirmed draw, with its draw record. */
  DRAW,
  /** A result, or a correction of it (a new version, a new entry). */
  RESULT,
  /** A result marked published (公示). */
  PUBLICATION
}
