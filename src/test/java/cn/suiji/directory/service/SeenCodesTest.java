package cn.suiji.directory.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.ids.RegNo;
import cn.suiji.shared.ids.Uscc;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeenCodesTest {
  @Test
  void remembersTheFirstRowOfEachCodeExactly() {
    SeenCodes seen = new SeenCodes();
    Random random = new Random(1);
    String[] codes = new String[50_000];
    for (int i = 0; i < codes.length; i++) {
      StringBuilder b = new StringBuilder("91");
      for (int j = 0; j < 15; j++) {
        b.append(Uscc.ALPHABET.charAt(random.nextInt(Uscc.ALPHABET.length())));
      }
      codes[i] = b.append(Uscc.checkChar(b.toString())).toString();
    }
    for (int i = 0; i < codes.length; i++) {
      int earlier = seen.uscc(codes[i], i + 2);
      assertThat(earlier == 0 || codes[earlier - 2].equals(codes[i])).isTrue();
    }
    assertThat(seen.rowOfUscc(codes[0])).isEqualTo(2);
    assertThat(seen.uscc(codes[123], 99_999)).isEqualTo(125);
    String reg = "11010800000001";
    reg += RegNo.checkDigit(reg);
    assertThat(seen.rowOfRegNo(reg)).isZero();
    assertThat(seen.regNo(reg, 7)).isZero();
    assertThat(seen.regNo(reg, 8)).isEqualTo(7);
  }
}
