package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speaker conventions of English news, each on invented sentences, through the default sieves. */
class NewsConventionsTest {

  private static List<Attribution> attribute(String text) {
    return Attributions.of(text, Sieves.DEFAULT_ORDER.toArray(new String[0]));
  }

  @Test
  void hyphenatedSurnameAfterBritishDoctorTitle() {
    List<Attribution> a =
        attribute("\u201CWe are ready,\u201D Dr Petra Olsen-Whyte told reporters on Friday.");

    assertThat(a.get(0).speaker()).isEqualTo("Petra Olsen-Whyte");
  }
}
