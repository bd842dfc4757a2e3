package io.saidwho.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortHashTest {

  private static String sha256Prefix(String text) throws Exception {
    byte[] hash = MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash).substring(0, 16);
  }

  @Test
  void anIdIsTheFirstSixteenHexCharsOfTheSha256() throws Exception {
    for (String text : new String[] {"we will win", "person:ana soto", "", "ünïcode ☃"}) {
      assertThat(ShortHash.of(text)).isEqualTo(sha256Prefix(text));
    }
  }

  @Test
  void theLongFormPrintsAsTheSameId() throws Exception {
    for (String text : new String[] {"a", "b", "the harbour bridge", "organization:lind"}) {
      assertThat(ShortHash.hex(ShortHash.longOf(text))).isEqualTo(sha256Prefix(text));
    }
    assertThat(ShortHash.hex(-1L)).isEqualTo("ffffffffffffffff");
    assertThat(ShortHash.hex(1L)).isEqualTo("0000000000000001");
  }

  @Test
  void aQuotationIdIsTheHashOfItsKeyAndASpeakerIdOfTypeAndKey() {
    assertThat(QuoteKey.idOf("\u201cWe WILL win.\u201d")).isEqualTo(ShortHash.of("we will win"));
    assertThat(SpeakerEntities.resolve(List.of(
            new SpeakerEntities.Alias(SpeakerName.person("Minister Ana Soto"), 1)))
        .get(0).speakerId()).isEqualTo(ShortHash.of("person:ana soto"));
  }
}
