package cn.suiji.joint.service;

import java.nio.file.Path;

/** For tests outside this package: the two data files of {@link JointFixture}, closed, the lead's first notice delivered. */
public final class JointFixtures {
  public static final String TASK = JointFixture.TASK;

  /** The lead's and the partner's data files (.mv.db). */
  public record Files(Path lead, Path partner) {}

  private JointFixtures() {}

  public static Files twoFiles(Path dir) {
    try (JointFixture f = new JointFixture(dir)) {
      f.notified(1);
    }
    return new Files(dir.resolve("lead").resolve("county.mv.db"), dir.resolve("partner").resolve("county.mv.db"));
  }
}
