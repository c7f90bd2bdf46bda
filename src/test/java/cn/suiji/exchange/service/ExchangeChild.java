package cn.suiji.exchange.service;

import cn.suiji.app.Services;
import cn.suiji.shared.Progress;
import cn.suiji.shared.outbox.OutboxKind;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * A child JVM the crash test kills with -9: {@code package DB DIR} adds 5,000 entries and writes a
 * package into DIR, round after round; {@code upload DB URL} posts the pending entries. Prints {@code READY} just
 * before the work it is killed in.
 */
public final class ExchangeChild {
  private ExchangeChild() {}

  public static void main(String[] args) {
    try (Services s = Services.open(Path.of(args[1]))) {
      if (args[0].equals("package")) {
        System.out.println("READY");
        System.out.flush();
        for (int round = 0; ; round++) {
          int from = round * 5_000;
          s.database().dsl().transaction(trx -> {
            for (int i = from; i < from + 5_000; i++) {
              s.outbox().add(trx.dsl(), OutboxKind.PLAN, "plan:" + i, "plan:" + i,
                  Map.of("code", "2026-" + i, "name", "青岚县2026年度双随机抽查工作计划第" + i + "项"));
            }
          });
          s.exchange().makePackage(Path.of(args[2]), Progress.NONE);
          System.out.println("PACKAGED " + round);
          System.out.flush();
        }
      }
      System.out.println("READY");
      System.out.flush();
      s.exchange().upload(URI.create(args[2]), Progress.NONE);
      System.out.println("UPLOADED");
    } catch (RuntimeException e) {
      System.out.println("ENDED " + e);
    }
  }
}
