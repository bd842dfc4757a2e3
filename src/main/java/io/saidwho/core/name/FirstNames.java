package io.saidwho.core.name;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A small, general list of common given names by usual gender, and gendered honorifics, to keep
 * "she" from resolving to a man and "he" to a woman. Unknown names match both. Thread-safe.
 */
public final class FirstNames {

  private static final Set<String> FEMALE =
      words(
          "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa "
              + "betty margaret sandra ashley kimberly emily donna michelle carol amanda "
              + "melissa deborah stephanie rebecca laura sharon cynthia kathleen amy angela "
              + "anna ann anne helen emma olivia sophia maria marie julia claire catherine "
              + "katherine christine nicole rachel samantha hannah victoria alice jane joan "
              + "janet ellen eva ursula angela theresa hillary kamala nikki nancy jen jill "
              + "marine giorgia jacinda sanna kaja petra ilse ines fatima aisha leila amira "
              + "yulia olena svetlana natalia irina elena ana carmen lucia rosa sofia greta "
              + "georgia florence india virginia carolina");

  private static final Set<String> MALE =
      words(
          "james robert john michael william david richard joseph thomas charles christopher "
              + "daniel matthew anthony antony mark donald steven paul andrew joshua kenneth "
              + "kevin brian george timothy ronald edward jason jeffrey ryan jacob gary "
              + "nicholas eric jonathan stephen larry justin scott brandon benjamin samuel "
              + "frank gregory raymond alexander patrick jack dennis jerry tyler aaron jose "
              + "adam henry nathan peter zachary kyle walter harold jeremy ethan carl keith "
              + "roger gerald christian terry sean arthur austin noah lawrence jesse joe "
              + "bernie chris todd jon jake mike ted mitch vladimir sergei dmitry volodymyr "
              + "emmanuel olaf boris mohammed muhammad ahmed ali omar hassan "
              + "abdullah recep benny yair naftali isaac gilad tor antonio pedro carlos "
              + "juan luis jorge miguel pablo tomas jonas markus hans klaus friedrich chad "
              + "israel jim bob tom bill dan dave steve ben matt nick tony rick greg ken ron don jeff "
              + "andy ed");

  /** Given names used for both, some of them also places ("Jordan", "Sydney"). */
  private static final Set<String> EITHER =
      words("jordan taylor morgan alex sam jamie casey sydney paris dakota kelly");

  private static final Set<String> FEMALE_TITLES = words("mrs ms miss madam dame lady queen");
  private static final Set<String> MALE_TITLES = words("mr sir lord king prince");

  private FirstNames() {}

  /** True when the name or its title marks a woman. */
  public static boolean isFemale(NameParts parts) {
    return FEMALE.contains(first(parts)) || hasTitle(parts, FEMALE_TITLES);
  }

  /** True when the name or its title marks a man. */
  public static boolean isMale(NameParts parts) {
    return MALE.contains(first(parts)) || hasTitle(parts, MALE_TITLES);
  }

  /** True for a common given name of either gender ("Chad", "Georgia", "Jordan"). */
  public static boolean isGivenName(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    return FEMALE.contains(key) || MALE.contains(key) || EITHER.contains(key);
  }

  private static String first(NameParts parts) {
    if (!parts.hasName() || !parts.name().contains(" ")) {
      return "";
    }
    return parts.name().substring(0, parts.name().indexOf(' ')).toLowerCase(Locale.ROOT);
  }

  private static boolean hasTitle(NameParts parts, Set<String> titles) {
    if (parts.title() == null) {
      return false;
    }
    for (String word : parts.title().toLowerCase(Locale.ROOT).split("[\\s.]+")) {
      if (titles.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String spaced) {
    return Set.copyOf(Arrays.asList(spaced.split(" ")));
  }
}
