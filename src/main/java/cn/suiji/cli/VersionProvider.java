package cn.suiji.cli;

import cn.suiji.draw.domain.DrawEngine;
import cn.suiji.shared.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "dev" when run from classes, and the draw spec it implements. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"suiji " + AppVersion.current() + " (" + DrawEngine.SPEC + ")"};
  }
}
