package io.saidwho.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The word lists are data: well-formed files, no duplicates, no word in two exclusive lists. */
class LexiconsTest {

  @Test
  void everyListOpensWithAHeaderSayingWhatBelongsInIt() {
    for (Lexicons list : Lexicons.values()) {
      LexiconFile file = LexiconFile.read(list.resource());
      assertThat(file.header()).as(list.fileName()).isNotEmpty();
      assertThat(String.join(" ", file.header())).as(list.fileName()).hasSizeGreaterThan(30);
      assertThat(file.entries()).as(list.fileName()).isNotEmpty();
    }
  }

  @Test
  void noListHoldsAnEntryTwice() {
    for (Lexicons list : Lexicons.values()) {
      List<String> entries = LexiconFile.read(list.resource()).entries();
      Set<String> seen = new HashSet<>();
      List<String> twice = new ArrayList<>();
      entries.forEach(e -> {
        if (!seen.add(e)) {
          twice.add(e);
        }
      });
      assertThat(twice).as("duplicates in " + list.fileName()).isEmpty();
    }
  }

  @Test
  void listsThatExcludeEachOtherShareNoWord() {
    for (Lexicons list : Lexicons.values()) {
      for (String other : list.excludes()) {
        Lexicons excluded = byFile(other);
        Set<String> shared = new HashSet<>(list.lexicon().entries());
        shared.retainAll(excluded.lexicon().entries());
        assertThat(shared).as(list.fileName() + " and " + other).isEmpty();
        assertThat(excluded.excludes()).as(other + " excludes " + list.fileName() + " back")
            .contains(list.fileName());
      }
    }
  }

  @Test
  void everyFileInTheFolderIsAShippedList() throws IOException, URISyntaxException {
    Path folder = Path.of(LexiconsTest.class.getResource("/io/saidwho/lexicon/").toURI());
    List<String> shipped = Arrays.stream(Lexicons.values()).map(Lexicons::fileName).toList();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.txt$", "")))
          .containsExactlyInAnyOrderElementsOf(shipped);
    }
  }

  @Test
  void lookupsIgnoreCaseExceptWhereTheCaseIsTheWord() {
    assertThat(Lexicons.ROLES.contains("Minister")).isTrue();
    assertThat(Lexicons.SPEECH_VERBS.contains("SAY")).isTrue();
    assertThat(Lexicons.NAME_PARTICLES.containsAsWritten("al")).isTrue();
    assertThat(Lexicons.NAME_PARTICLES.containsAsWritten("Al")).isFalse();
  }

  @Test
  void anUpperCaseEntryIsRejectedWithItsLine() {
    assertThatThrownBy(() -> LexiconFile.read("/io/saidwho/lexicon-test/upper.txt"))
        .hasMessage("/io/saidwho/lexicon-test/upper.txt:3: entries are lower case: Minister");
  }

  private static Lexicons byFile(String file) {
    return Arrays.stream(Lexicons.values())
        .filter(l -> l.fileName().equals(file))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no list named " + file));
  }
}
