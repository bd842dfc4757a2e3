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

  @Test
  void organisationNameKeepsAndAfterOf() {
    List<Attribution> a =
        attribute(
            "The Ministry of Fisheries and Coastal Affairs said the quota was \u201Cfinal\u201D.");

    assertThat(a.get(0).speaker()).isEqualTo("Ministry of Fisheries and Coastal Affairs");
  }

  @Test
  void organisationNameKeepsLeadingPossessiveAfterThe() {
    List<Attribution> a =
        attribute("The Children's Reading Society said the cuts were \u201Cshort-sighted\u201D.");

    assertThat(a.get(0).speaker()).isEqualTo("Children's Reading Society");
  }

  @Test
  void personOfEmployerIsThePerson() {
    List<Attribution> a =
        attribute(
            "\u201CThe shares are cheap,\u201D said Marta Quillfeather of Redbrook Capital Advisers.");

    assertThat(a.get(0).speaker()).isEqualTo("Marta Quillfeather");
  }

  @Test
  void surnameExpandsToNameWithInitials() {
    List<Attribution> a =
        attribute(
            "Harbour Freight chief executive R.K. Tennant spoke on Monday.\n\n"
                + "\u201CWe lost a day,\u201D Tennant said.");

    assertThat(a.get(0).speaker()).isEqualTo("R.K. Tennant");
  }

  @Test
  void capitalisedParticleAtSentenceStartExpands() {
    List<Attribution> a =
        attribute(
            "The gallery hired Pieter de Groot in May.\n\n"
                + "De Groot said the loan was \u201Ca gift to the city\u201D.");

    assertThat(a.get(0).speaker()).isEqualTo("Pieter de Groot");
  }

  @Test
  void abbreviatedTitleInsideAppositionDoesNotEndTheSentence() {
    List<Attribution> a =
        attribute(
            "\u201CThe loan is over,\u201D the library\u2019s director, Prof. Ingrid Halvorsen,"
                + " said on Monday.");

    assertThat(a.get(0).speaker()).isEqualTo("Ingrid Halvorsen");
  }

  @Test
  void descriptionThenNameInCommasNamesThePerson() {
    List<Attribution> a =
        attribute(
            "Asked about the delay, a council spokesperson, Rosa Delgado de Luna, said the work"
                + " was \u201Calmost finished\u201D.");

    assertThat(a.get(0).speaker()).isEqualTo("Rosa Delgado de Luna");
  }

  @Test
  void unnamedSpokespersonSpeaksForTheOrganisationNamedEarlier() {
    List<Attribution> a =
        attribute(
            "The Department of Rivers and Canals closed the lock on Monday.\n\n"
                + "\u201CThe repairs will take a week,\u201D a department spokesperson said.");

    assertThat(a.get(0).speaker()).isEqualTo("Department of Rivers and Canals");
    assertThat(a.get(0).speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
  }

  @Test
  void nominalOrganisationResolvesByItsHeadNoun() {
    List<Attribution> a =
        attribute(
            "Northwind Airlines cancelled 300 flights.\n\nFuel prices rose again.\n\n"
                + "Analysts were cautious.\n\n"
                + "\u201CWe regret the disruption,\u201D the airline said in a statement.");

    assertThat(a.get(0).speaker()).isEqualTo("Northwind Airlines");
  }

  @Test
  void appositionToObjectOfPrepositionIsNotTheSubject() {
    List<Attribution> a =
        attribute(
            "Transport minister Olwen Marsh quit on Friday.\n\n"
                + "In a note to the party chair, Gideon Thorne, released on Friday, she wrote:"
                + " \u201CI can no longer defend this plan.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Olwen Marsh");
  }

  @Test
  void prepositionEndingThePreviousSentenceDoesNotMakeTheNextSubjectAnObject() {
    List<Attribution> a =
        attribute(
            "The new wing opens in 2031.\n\n"
                + "Okafor Lindgren said the plan was sound. \u201CWe are ready,\u201D he said.");

    assertThat(a.get(0).speaker()).isEqualTo("Okafor Lindgren");
  }

  @Test
  void definiteDescriptionByAgeRefersToThePersonDiscussed() {
    List<Attribution> a =
        attribute(
            "Marek Zielinski lost the final in three sets.\n\n"
                + "\u201CI was tired,\u201D the 29-year-old Czech said.");

    assertThat(a.get(0).speaker()).isEqualTo("Marek Zielinski");
  }

  @Test
  void givenNameThatIsAlsoAPlaceStartsTheName() {
    List<Attribution> a =
        attribute(
            "\u201CWe start Monday,\u201D Chad Okoro said. \u201CFine,\u201D said Georgia Lindqvist.");

    assertThat(a).extracting(Attribution::speaker)
        .containsExactly("Chad Okoro", "Georgia Lindqvist");
  }

  @Test
  void surnameThatIsAlsoAPlaceNamesAPersonAfterAGivenName() {
    List<Attribution> a =
        attribute("\u201CIt is a mistake,\u201D Rep. Tim Jordan of Ohio said on Sunday.");

    assertThat(a.get(0).speaker()).isEqualTo("Tim Jordan");
    assertThat(a.get(0).speakerType()).isEqualTo(SpeakerType.PERSON);
  }

  @Test
  void countryAfterADirectionStaysAnOrganization() {
    List<Attribution> a = attribute("South Korea said the launch was \u201Ca provocation.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("South Korea");
  }

  @Test
  void pronounResolvesToAGivenNameUsedAlone() {
    List<Attribution> a =
        attribute(
            "\u201CIt is over,\u201D said Tom Hayes. Mary agreed. \u201CWe lost it all,\u201D"
                + " she said.");

    assertThat(a).extracting(Attribution::speaker).containsExactly("Tom Hayes", "Mary");
  }

  @Test
  void roleAbbreviationAloneIsNotAnOrganization() {
    List<Attribution> a = attribute("PM says \u201Cno deal\u201D is better than a bad one");

    assertThat(a.get(0).speaker()).isNull();
  }

  @Test
  void abbreviatedMilitaryRanksStayInTheTitle() {
    List<Attribution> a =
        attribute(
            "\u201CWe are watching,\u201D Army spokesman Maj. Gen. Lena Brandt said on Friday.");

    assertThat(a.get(0).speaker()).isEqualTo("Lena Brandt");
    assertThat(a.get(0).speakerTitle()).endsWith("Maj. Gen.");
  }

  @Test
  void anAcronymStandsForTheNameItFollowsInParentheses() {
    List<Attribution> a = attribute("The Harbour Safety Board (HSB) met on Monday.\n"
        + "\u201CThe pier is closed,\u201D the HSB said.");

    assertThat(a.get(0).speaker()).isEqualTo("Harbour Safety Board");
  }

  @Test
  void anAcronymSpellingAnOrganizationsInitialsStandsForIt() {
    List<Attribution> a = attribute("The Northern Rail Union opposed the plan.\n"
        + "\u201CWe will strike,\u201D the NRU said.");

    assertThat(a.get(0).speaker()).isEqualTo("Northern Rail Union");
  }

  @Test
  void aGivenNameSpeltLikeAMonthStartsTheName() {
    List<Attribution> a = attribute("\u201CNo deal yet,\u201D said union chief Jan Moretti.");

    assertThat(a.get(0).speaker()).isEqualTo("Jan Moretti");
  }

  @Test
  void aSurnameSpeltLikeAFunctionWordEndsTheName() {
    List<Attribution> a = attribute("\u201CNo deal yet,\u201D said Clara May.");

    assertThat(a.get(0).speaker()).isEqualTo("Clara May");
  }

  @Test
  void anHonorificBeforeAPlaceWordNamesAPerson() {
    List<Attribution> a = attribute("\u201CWe were not told,\u201D Mr Dakota said.");

    assertThat(a.get(0).speakerType()).isEqualTo(SpeakerType.PERSON);
    assertThat(a.get(0).speaker()).isEqualTo("Dakota");
  }

  @Test
  void parliamentaryRolesAreTitles() {
    List<Attribution> a = attribute("\u201CIt is unfair,\u201D said Labour MP Jane Roe.");

    assertThat(a.get(0).speaker()).isEqualTo("Jane Roe");
    assertThat(a.get(0).speakerTitle()).isEqualTo("Labour MP");
  }

  @Test
  void aCompoundEndingInLowerCaseModifiesTheNameButIsNone() {
    List<Attribution> a = attribute("\u201CWe earned it,\u201D said Man-of-the-match Tom Reyes."
        + " \u201CWe are ready,\u201D said Leeds-based Ana Ortiz.");

    assertThat(a).extracting(Attribution::speaker).containsExactly("Tom Reyes", "Ana Ortiz");
  }

  @Test
  void aSentenceWhoseSubjectIsARoleStandsForThePersonOfThatRole() {
    List<Attribution> a = attribute("Party spokesman Tom Reyes criticised the budget on Monday."
        + " Finance chief Dan Ortiz defended it. But the spokesman questioned whether the money"
        + " was there. He called the new levy \u201Cgrossly unfair\u201D.");

    assertThat(a.get(0).speaker()).isEqualTo("Tom Reyes");
  }

  @Test
  void aPossessiveOpeningTheSentenceNamesThePersonItIsAbout() {
    List<Attribution> a = attribute("Chairman Tom Reyes argued for a debate.\n"
        + "Tom Reyes's plan comes weeks after Mayor Dan Ortiz met voters. He said it was"
        + " \u201Ca fair test for both sides.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Tom Reyes");
  }

  @Test
  void conjoinedNamesBeforeTheVerbSpeakAsOneGroup() {
    List<Attribution> a =
        attribute("\u201CWe will appeal,\u201D Lee and Park wrote in a joint letter.");

    assertThat(a.get(0).speaker()).isEqualTo("Lee and Park");
    assertThat(a.get(0).speakerType()).isEqualTo(SpeakerType.GROUP);
  }

  @Test
  void aNameAndItsMediumBeforeAColonIntroduceTheQuote() {
    List<Attribution> a = attribute("Mara Quinlan, Twitter: \u201CThe vote was rigged.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Mara Quinlan");
  }

  @Test
  void aNameInCommasAfterTheObjectOfAPrepositionIsNotTheSource() {
    List<Attribution> a = attribute("\u201CThe talks are over,\u201D a source close to the"
        + " minister, Sir Alan Pettigrew, said on Monday.");

    assertThat(a.get(0).speaker()).isNull();
    assertThat(a.get(0).mention()).isEqualTo("a source close to the minister");
  }

  @Test
  void aBodyNewsNeverNamesDoesNotResolveToTheNearestOrganization() {
    List<Attribution> a = attribute("Dunmore Bank cut its forecast on Monday.\n\n"
        + "\u201CGrowth is weak,\u201D the government said.");

    assertThat(a.get(0).speaker()).isNull();
    assertThat(a.get(0).mention()).isEqualTo("the government");
  }

  @Test
  void theNewspaperIsTheNewspaperNamedBefore() {
    List<Attribution> a = attribute("The Valley Tribune reported the fire on Monday.\n\n"
        + "\u201CThe blaze spread fast,\u201D the newspaper said.");

    assertThat(a.get(0).speaker()).isEqualTo("Valley Tribune");
    assertThat(a.get(0).speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
  }

  @Test
  void aHeadlineRoleRefersToThePersonOfThatRoleInTheBody() {
    List<Attribution> a = attribute("Council passes budget as mayor calls it \u201Ca slow disaster\u201D\n"
        + "By Tom Hale | Valley Courier\n\n"
        + "The council voted on Tuesday, overriding objections from Mayor Denise Okafor.\n\n"
        + "\u201CWe are papering over a hole,\u201D Okafor said.");

    assertThat(a.get(0).speaker()).isEqualTo("Denise Okafor");
    assertThat(a.get(0).mention()).isEqualTo("mayor");
  }

  @Test
  void aHeadlinePronounRefersToThePersonTheBodyNamesFirst() {
    List<Attribution> a = attribute("Fire chief hails crews as she calls it \u201Ca miracle\u201D\n\n"
        + "Fire chief Orla Brennick praised the crews on Sunday.\n\n"
        + "\u201CNobody was hurt,\u201D Brennick said.");

    assertThat(a.get(0).speaker()).isEqualTo("Orla Brennick");
  }

  @Test
  void aPronounReachesAcrossANarrativeParagraphThatNamesNobody() {
    List<Attribution> a = attribute("\u201CWe are ready,\u201D Jane Roe said.\n\n"
        + "The committee met for three hours on Tuesday and adjourned without a vote.\n\n"
        + "\u201CThe delay costs money,\u201D she added.");

    assertThat(a.get(1).speaker()).isEqualTo("Jane Roe");
    assertThat(a.get(1).mention()).isEqualTo("she");
  }

  @Test
  void aContinuationParagraphDoesNotCrossAParagraphNamingSomeoneElse() {
    List<Attribution> a = attribute("\u201CWe are ready,\u201D Jane Roe said.\n\n"
        + "Her rival, Tom Hale, left the room early on Tuesday.\n\n"
        + "\u201CThe delay costs money. Nobody wants that.\u201D");

    assertThat(a.get(1).speaker()).isNotEqualTo("Jane Roe");
  }

  @Test
  void aQuoteReportedByAnAgentlessPassiveContinuesNobody() {
    List<Attribution> a = attribute("\u201CWe are ready,\u201D Jane Roe said. Her plan was"
        + " described as \u201Ca gamble\u201D.");

    assertThat(a.get(1).speaker()).isNull();
  }
}
