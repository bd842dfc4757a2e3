package io.saidwho.core.name;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * General English word lists for telling names from roles, places and organizations. These are
 * general lexicons (roles, countries, months, organization heads), not any article's names. Lookups
 * are case-insensitive and ignore a trailing period and possessive. Thread-safe.
 */
public final class NameWords {

  private static final Set<String> ROLES =
      words(
          "secretary minister president vice prime pm ambassador sen senator rep "
              + "representative gov governor mayor general gen col colonel chancellor king "
              + "queen prince princess pope chairman chairwoman chair chief director "
              + "spokesman spokeswoman spokesperson envoy adviser advisor deputy assistant "
              + "judge justice dr mr mrs ms miss prof professor rev sheikh lord lady sir dame "
              + "commissioner attorney speaker leader premier foreign defense defence "
              + "interior state health finance secretary-general under-secretary ceo captain "
              + "capt lt sgt officer commander head executive senior coordinator delegate "
              + "counsel inspector lieutenant admiral adm marshal emir crown sultan democrat "
              + "republican congressman congresswoman minority majority whip former acting "
              + "coach manager founder economist analyst correspondent editor anchor host "
              + "bishop archbishop cardinal rabbi imam father sister brother sergeant major "
              + "corporal private gov. ayatollah minister-president vice-president national "
              + "security press staff councilmember councilman councilwoman councillor "
              + "councilor alderman alderwoman sheriff author co-author superintendent trustee "
              + "detective trooper treasurer clerk comptroller assemblyman assemblywoman "
              + "assemblymember supervisor chairperson dean provost principal researcher "
              + "scientist lawyer striker midfielder defender goalkeeper forward owner cfo coo "
              + "cto president-elect investor nominee activist organizer pastor reverend "
              + "archdeacon ombudsman registrar magistrate prosecutor constable "
              + "chef architect engineer physician nurse surgeon maj brig cpl pvt cmdr rear supt "
              + "insp det atty amb asst");

  private static final Set<String> ORGANIZATION_HEADS =
      words(
          "department ministry league council nations committee organization "
              + "organisation agency office union house party government commission court "
              + "bank fund forces army navy police authority institute university association "
              + "foundation corporation inc company group network service bureau mission "
              + "embassy cabinet parliament congress senate assembly board federation "
              + "coalition alliance movement front brigades pentagon kremlin administration "
              + "times post news press unit centre center church club council's ministries "
              + "states kingdom republic emirates united fc systems technologies holdings "
              + "partners corp co ltd llc plc securities capital media labs airlines motors "
              + "pharmaceuticals trust school hospital clinic society lab laboratory "
              + "industries enterprises institute caucus directorate secretariat museum gallery "
              + "library airline airways charity");

  private static final Set<String> PLACES =
      words(
          "afghanistan albania algeria angola argentina armenia australia austria "
              + "azerbaijan bahrain bangladesh belarus belgium bolivia bosnia brazil brunei "
              + "bulgaria cambodia cameroon canada chad chile china colombia congo croatia "
              + "cuba cyprus czechia denmark ecuador egypt eritrea estonia ethiopia finland "
              + "france georgia germany ghana greece guatemala haiti honduras hungary iceland "
              + "india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya "
              + "kosovo kuwait laos latvia lebanon libya lithuania luxembourg malaysia mali "
              + "malta mexico moldova mongolia morocco mozambique myanmar nepal netherlands "
              + "nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru "
              + "philippines poland portugal qatar romania russia rwanda serbia singapore "
              + "slovakia slovenia somalia spain sudan sweden switzerland syria taiwan "
              + "tanzania thailand tunisia turkey uganda ukraine uruguay uzbekistan venezuela "
              + "vietnam yemen zambia zimbabwe us u.s usa uk u.k eu america britain england "
              + "scotland wales europe asia africa gaza jerusalem washington london paris "
              + "moscow beijing tokyo berlin cairo doha riyadh tehran kyiv kiev ankara "
              + "brussels geneva rome madrid new york copenhagen oslo stockholm rafah "
              + "ramallah tel aviv beirut damascus baghdad kabul delhi mumbai sydney toronto "
              + "ottawa california texas florida virginia vermont indiana ohio michigan "
              + "connecticut oklahoma arizona nevada east west north south middle bank strip "
              + "saudi arabia korea sri lanka zealand emirates dubai abu dhabi");

  private static final Set<String> DEMONYMS =
      words(
          "american british chinese russian israeli palestinian egyptian french german "
              + "italian spanish japanese indian iranian iraqi syrian turkish saudi qatari "
              + "emirati jordanian lebanese ukrainian polish danish norwegian swedish finnish "
              + "dutch belgian swiss austrian greek canadian mexican brazilian australian "
              + "korean pakistani afghan african european asian arab algerian tunisian "
              + "moroccan libyan sudanese kenyan nigerian malaysian indonesian yemeni kuwaiti "
              + "bahraini omani cuban venezuelan colombian argentine chilean irish scottish "
              + "welsh english u.n un un's nato eu u.s.-led democratic republican muslim "
              + "jewish christian catholic western eastern northern southern international");

  private static final Set<String> TIMES =
      words(
          "monday tuesday wednesday thursday friday saturday sunday january february "
              + "march april may june july august september october november december jan feb "
              + "mar apr jun jul aug sep sept oct nov dec today tonight yesterday tomorrow");

  private static final Set<String> FUNCTION_WORDS =
      words(
          "the a an this that these those he she it they we i you his her its their our "
              + "my your in on at by for with from to of as after before during under over "
              + "about into and or but so yet if when while where who what which why how "
              + "although though because since meanwhile however moreover also not no yes "
              + "there here then than all some any many most more much both each every other "
              + "such according speaking asked said says told earlier later last next first "
              + "one two three ultimately still even just only despite amid among between "
              + "against without within beyond through throughout until unless whether mr mrs "
              + "ms is was are were be has have had will would can could should may might "
              + "must do does did now again well like near click read see share subscribe");

  private static final Set<String> PARTICLES =
      words("al al- bin bint ibn abu de da del della der van von la le el dos du di ter " + "ben");

  private NameWords() {}

  /** A word that names a role or title ("Secretary", "Sen.", "Minister"), not a person. */
  public static boolean isRole(String word) {
    String key = key(word);
    if (ROLES.contains(key)) {
      return true;
    }
    int hyphen = key.lastIndexOf('-');
    return hyphen > 0 && ROLES.contains(key.substring(hyphen + 1)) && isAffix(key, hyphen);
  }

  /** "co-author", "vice-chair", "ex-minister": a role with a prefix. */
  private static boolean isAffix(String key, int hyphen) {
    String prefix = key.substring(0, hyphen);
    return "co".equals(prefix)
        || "vice".equals(prefix)
        || "ex".equals(prefix)
        || "deputy".equals(prefix)
        || "under".equals(prefix)
        || "acting".equals(prefix);
  }

  /** A generational suffix that ends a name ("Jr.", "Sr.", "III"). */
  public static boolean isNameSuffix(String word) {
    switch (key(word)) {
      case "jr":
      case "sr":
      case "ii":
      case "iii":
      case "iv":
        return true;
      default:
        return false;
    }
  }

  /** A word that heads an organization's name ("Department", "League", "Council"). */
  public static boolean isOrganizationHead(String word) {
    return ORGANIZATION_HEADS.contains(key(word));
  }

  /** A country, region, city or US state word. */
  public static boolean isPlace(String word) {
    return PLACES.contains(key(word));
  }

  /** A nationality or affiliation adjective ("Chinese", "Palestinian", "U.N."). */
  public static boolean isDemonym(String word) {
    return DEMONYMS.contains(key(word));
  }

  /** A weekday, month or relative day. */
  public static boolean isTime(String word) {
    return TIMES.contains(key(word));
  }

  /** A closed-class or very common word that is capitalised only at a sentence start. */
  public static boolean isFunctionWord(String word) {
    return FUNCTION_WORDS.contains(key(word));
  }

  /** A lower-case name particle ("al", "bin", "van", "de"). */
  public static boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  /** An upper-case acronym of two or more letters ("OIC", "NATO", "U.N."), usually an org. */
  public static boolean isAcronym(String word) {
    String letters = stripPossessive(word).replace(".", "");
    if (letters.length() < 2) {
      return false;
    }
    for (int i = 0; i < letters.length(); i++) {
      if (!Character.isUpperCase(letters.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when the word starts with an upper-case letter. */
  public static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** The word without a trailing possessive ("Israel's" -> "Israel", "States'" -> "States"). */
  public static String stripPossessive(String word) {
    String w = word.replace('\u2019', '\'');
    if (w.endsWith("'s") || w.endsWith("'S")) {
      return word.substring(0, word.length() - 2);
    }
    if (w.endsWith("'")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** True when the word ends in a possessive marker. */
  public static boolean isPossessive(String word) {
    return !stripPossessive(word).equals(word);
  }

  private static String key(String word) {
    String w = stripPossessive(word).toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  private static Set<String> words(String spaced) {
    return Set.copyOf(Arrays.asList(spaced.split(" ")));
  }
}
