package io.saidwho.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrozenListTest {

  @Test
  void listsOfAnySizeAndTheirSubListsAreOneClass() {
    List<List<String>> lists = List.of(
        FrozenList.of(),
        FrozenList.copyOf(List.of("one")),
        FrozenList.copyOf(List.of("one", "two")),
        FrozenList.copyOf(List.of("one", "two", "three", "four")),
        FrozenList.copyOf(List.of("one", "two", "three", "four")).subList(1, 3),
        FrozenList.copyOf(List.of("one", "two")).subList(1, 1));

    assertThat(lists).allSatisfy(list -> assertThat(list).isExactlyInstanceOf(FrozenList.class));
  }

  @Test
  void aSubListSeesItsPartOfTheItemsAndItsOwnBounds() {
    FrozenList<String> words = FrozenList.copyOf(List.of("we", "will", "not", "wait", "now"));

    FrozenList<String> middle = words.subList(1, 4).subList(1, 3);

    assertThat(middle).containsExactly("not", "wait");
    assertThat(middle.toArray()).containsExactly("not", "wait");
    assertThatThrownBy(() -> middle.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> middle.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> words.subList(3, 6)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void itEqualsAnyListOfTheSameItems() {
    FrozenList<String> frozen = FrozenList.view(new String[] {"a", "b", "c"});

    assertThat(frozen).isEqualTo(Arrays.asList("a", "b", "c"));
    assertThat(frozen.hashCode()).isEqualTo(List.of("a", "b", "c").hashCode());
    assertThat(frozen.subList(1, 3)).isEqualTo(List.of("b", "c"));
  }

  @Test
  void aCopyDoesNotFollowTheSourceButAViewOfAnOwnedArrayDoes() {
    List<String> source = new ArrayList<>(List.of("first", "second"));
    String[] owned = {"first", "second"};

    FrozenList<String> copy = FrozenList.copyOf(source);
    FrozenList<String> view = FrozenList.view(owned);
    source.set(0, "changed");
    owned[0] = "changed";

    assertThat(copy).containsExactly("first", "second");
    assertThat(view).containsExactly("changed", "second");
  }

  @Test
  void aFrozenListIsNotCopiedAgain() {
    FrozenList<String> frozen = FrozenList.copyOf(List.of("x", "y", "z"));

    assertThat(FrozenList.copyOf(frozen)).isSameAs(frozen);
  }

  @Test
  void itRefusesNullsAndChanges() {
    List<String> withNull = Arrays.asList("a", null);
    FrozenList<String> frozen = FrozenList.copyOf(List.of("a", "b"));

    assertThatThrownBy(() -> FrozenList.copyOf(withNull)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> frozen.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.set(0, "c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(frozen::clear).isInstanceOf(UnsupportedOperationException.class);
  }
}
