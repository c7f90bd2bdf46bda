package cn.suiji.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seal of the ID numbers: what it stores reveals nothing, the right key reads it back, duplicates are found. */
class IdSealTest {
  private static final String ID = "62082319800101001X";
  @TempDir
  Path dir;

  @Test
  void aSealedNumberOpensWithItsKeyAndShowsNothingOfTheNumber() {
    IdSeal seal = IdSeal.forKeyFile(dir.resolve("county.idkey"));
    String sealed = seal.seal(ID);
    assertThat(sealed).startsWith("v1:").doesNotContain(ID).doesNotContain(ID.substring(10)).hasSizeLessThanOrEqualTo(100);
    assertThat(seal.seal(ID)).as("a fresh nonce each time: equal numbers do not look equal").isNotEqualTo(sealed);
    assertThat(seal.open(sealed)).contains(ID);
    assertThat(seal.seal(null)).isNull();
    assertThat(seal.open(null)).isEmpty();
  }

  @Test
  void theFingerprintIsEqualForEqualNumbersAndDependsOnTheKey() {
    IdSeal seal = IdSeal.forKeyFile(dir.resolve("a.idkey"));
    IdSeal other = IdSeal.forKeyFile(dir.resolve("b.idkey"));
    assertThat(seal.fingerprint(ID)).hasSize(64).isEqualTo(seal.fingerprint(ID)).doesNotContain(ID)
        .isNotEqualTo(seal.fingerprint("620823198001010028"))
        .as("without the key no one can list the fingerprints of every possible number").isNotEqualTo(other.fingerprint(ID));
  }

  @Test
  void anotherKeyOrAnAlteredSealOpensNothing() {
    IdSeal seal = IdSeal.forKeyFile(dir.resolve("a.idkey"));
    String sealed = seal.seal(ID);
    assertThat(IdSeal.forKeyFile(dir.resolve("b.idkey")).open(sealed)).isEmpty();
    char[] c = sealed.toCharArray();
    c[10] = c[10] == 'A' ? 'B' : 'A';
    assertThat(seal.open(new String(c))).isEmpty();
    assertThat(seal.open("v1:!!")).isEmpty();
    assertThat(seal.open(ID)).as("a plain number is not a seal").isEmpty();
  }

  @Test
  void theKeyFileIsMadeOnceKeptPrivateAndReadAgain() throws Exception {
    Path key = dir.resolve("county.idkey");
    IdSeal first = IdSeal.forKeyFile(key);
    assertThat(first.createdNow()).isTrue();
    assertThat(Files.readString(key)).contains("# suiji");
    if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }
    IdSeal again = IdSeal.forKeyFile(key);
    assertThat(again.createdNow()).isFalse();
    assertThat(again.open(first.seal(ID))).contains(ID);
    assertThat(again.fingerprint(ID)).isEqualTo(first.fingerprint(ID));
  }

  @Test
  void aDamagedKeyFileIsRefusedNamingIt() throws Exception {
    Path key = dir.resolve("county.idkey");
    Files.writeString(key, "not a key\n");
    assertThatThrownBy(() -> IdSeal.forKeyFile(key)).isInstanceOfSatisfying(SuijiException.class,
        e -> assertThat(e.key()).isEqualTo("ids.seal.key"));
  }
}
