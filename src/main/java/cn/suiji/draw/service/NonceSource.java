package cn.suiji.draw.service;

import cn.suiji.draw.domain.DrawInput;
import java.security.SecureRandom;

/** Where the 32-byte nonces of new attempts come from: SecureRandom, or a fixed source in tests. */
@FunctionalInterface
public interface NonceSource {
  byte[] next();

  /** Nonces from a {@link SecureRandom} (DRAW-SPEC §1: a cryptographically secure generator). */
  static NonceSource secure() {
    SecureRandom random = new SecureRandom();
    return () -> {
      byte[] nonce = new byte[DrawInput.NONCE_BYTES];
      random.nextBytes(nonce);
      return nonce;
    };
  }
}
