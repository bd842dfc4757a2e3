package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.core.quote.Quote;
import io.saidwho.core.quote.QuoteKind;
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

  @Test
  void aContinuationParagraphFollowsABackgroundParagraphThatNamesNobody() {
    List<Attribution> a = attribute("\u201CWe are ready,\u201D Jane Roe said.\n\n"
        + "Grain prices fell by a fifth over the winter, the steepest drop in the region for"
        + " a decade.\n\n"
        + "\u201CThe delay costs money. Nobody wants that.\u201D");

    assertThat(a.get(1).speaker()).isEqualTo("Jane Roe");
    assertThat(a.get(1).sieve()).isEqualTo("continuation");
  }

  @Test
  void aShortTransitionParagraphBringsANewVoice() {
    List<Attribution> a = attribute("\u201CWe are ready,\u201D Jane Roe said.\n\n"
        + "Not everyone agreed.\n\n"
        + "\u201CThe delay costs money. Nobody wants that.\u201D");

    assertThat(a.get(1).speaker()).isNull();
  }

  @Test
  void aLongAppositionWithACompoundParticipleStillEndsAtTheVerb() {
    List<Attribution> a = attribute("Tom Hale, a delegate from the north and the head of the"
        + " Leeds-based Grain Traders Union, said: \u201CWe will not sign.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Tom Hale");
  }

  @Test
  void anAdverbialClauseInCommasStandsBetweenSubjectAndVerb() {
    List<Attribution> a = attribute("Jane Roe, when asked what went wrong with the deal,"
        + " replied that the buyers \u201Cwalked away at the last minute.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Jane Roe");
    assertThat(a.get(0).speakerTitle()).isNull();
  }

  @Test
  void aDescriptionEndingInAWordTaggedAsAdjectiveStillHeadsTheSubject() {
    List<Attribution> a = attribute("In a statement, a Treasury official said, \u201CWe will"
        + " not comment on the leak.\u201D");

    assertThat(a.get(0).speaker()).isNull();
    assertThat(a.get(0).mention()).isEqualTo("a Treasury official");
  }

  @Test
  void anAdverbInLyBetweenAuxiliaryAndVerbIsSkipped() {
    List<Attribution> a =
        attribute("Mayor Dan Ortiz has also broadly called for \u201Cmore buses.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Dan Ortiz");
  }

  @Test
  void aSurnameOpeningTheSentenceBeforeAnAppositionIsAName() {
    List<Attribution> a = attribute("Hicks, the campaign spokeswoman, added that \u201Cthe"
        + " race is far from over.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Hicks");
  }

  @Test
  void aRelativePronounAfterTheNameIsTheMentionAndStandsForTheName() {
    String text = "\u201CWe are ready,\u201D said Jane Roe, who added that the plan was"
        + " \u201Cfar from dead.\u201D";
    List<Attribution> a = attribute(text);

    assertThat(a.get(1).speaker()).isEqualTo("Jane Roe");
    assertThat(a.get(1).mention()).isEqualTo("who");
    assertThat(a.get(1).mentionSpan().cover(text)).isEqualTo("who");
  }

  @Test
  void aParticipleHangsOnTheMainClauseNotOnAClauseInsideIt() {
    List<Attribution> a = attribute("Mayor Dan Ortiz repeated claims that Jane Roe recites the"
        + " same points, calling her a \u201Ctalented speaker\u201D at best.");

    assertThat(a.get(0).speaker()).isEqualTo("Dan Ortiz");
  }

  @Test
  void aPronounOpeningAReportedClauseLeavesTheQuoteToTheReportingSubject() {
    String text = "Senator Tom Hale spoke late. He said in a statement on Tuesday that he wants"
        + " a budget that calls for \u201Ca fair deal for farmers.\u201D";
    List<Attribution> a = attribute(text);

    assertThat(a.get(0).speaker()).isEqualTo("Tom Hale");
    assertThat(a.get(0).mentionSpan().begin()).isEqualTo(text.indexOf("He said"));
  }

  @Test
  void aPossessiveDeterminerOpensTheSubjectAfterTheQuote() {
    List<Attribution> a = attribute("Tom Hale died on Monday. \u201CHe taught me everything,\u201D"
        + " his colleague wrote on Facebook.");

    assertThat(a.get(0).mention()).isEqualTo("his colleague");
  }

  @Test
  void aSpeechVerbTaggedAsNounAfterTheSubjectEndsTheReportingClause() {
    List<Attribution> a = attribute("\u201CAre we talking about the same plan?\u201D the"
        + " editorial board writes.");

    assertThat(a.get(0).mention()).isEqualTo("the editorial board");
    assertThat(a.get(0).cue()).isEqualTo("writes");
  }

  @Test
  void anInvertedLeadInNamesTheSpeakerAfterTheVerb() {
    List<Attribution> a =
        attribute("The bank lost the files. Said Dana Pike, \u201CThe error is ours.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Dana Pike");
  }

  @Test
  void upToFiveAppositionsStandBetweenTheNameAndTheVerb() {
    List<Attribution> a = attribute("\u201CBoth men scare me,\u201D Harry Bond, 30, of Leeds,"
        + " Yorks., who was among those polled, said in an interview.");

    assertThat(a.get(0).speaker()).isEqualTo("Harry Bond");
  }

  @Test
  void aPlaceOfOriginInCommasIsNoName() {
    List<Attribution> a =
        attribute("\u201CBoth men scare me,\u201D Harry Bond, of Leeds, a teacher, said.");

    assertThat(a.get(0).speaker()).isEqualTo("Harry Bond");
  }

  @Test
  void aCapitalisedHeadAloneStandsForTheFullerNameBefore() {
    List<Attribution> a = attribute("The Northern Film Institute named its films of the year."
        + " The Institute also said cinema was \u201Cin rude health\u201D.");

    assertThat(a.get(0).speaker()).isEqualTo("Northern Film Institute");
  }

  @Test
  void aDescriptionModifiedByAnAcronymSpeaksForThatOrganization() {
    List<Attribution> a = attribute("The Northern Film Institute (NFI) named its films of the"
        + " year.\n\nThe 12-strong NFI jury concluded \u201Ccinema is in rude health.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Northern Film Institute");
    assertThat(a.get(0).speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
  }

  @Test
  void aQuoteWovenMidSentenceBelongsToTheSpeechVerbBeforeIt() {
    List<Attribution> a = attribute("Party spokesman Ed Hale said instead of the \u201Cend of"
        + " red tape\u201D the government had promised, there was more of it.");

    assertThat(a.get(0).speaker()).isEqualTo("Ed Hale");
  }

  @Test
  void aPronounAfterAReportedSentenceRefersToItsReporterFirst() {
    List<Attribution> a = attribute("If Mr Tom Hale did not take part, the debate could go ahead"
        + " anyway, Lord Dan Ortiz said. \u201CThe veto is hidden,\u201D he said.");

    assertThat(a.get(0).speaker()).isEqualTo("Dan Ortiz");
  }

  @Test
  void aPrepositionalPhraseBetweenSubjectAndVerbIsNotTheSource() {
    List<Attribution> a = attribute("Mayor Dan Ortiz at the time said the plan was"
        + " \u201Ca disgrace\u201D. The Green Parks campaign on Tuesday released a video"
        + " calling it \u201Ca land grab\u201D.");

    assertThat(a.get(0).speaker()).isEqualTo("Dan Ortiz");
    assertThat(a.get(1).mention()).isEqualTo("The Green Parks campaign");
  }

  @Test
  void aSpokespersonKeepsTheBodyItSpeaksFor() {
    List<Attribution> a = attribute("Dunmore Bank cut its forecast on Monday.\n\n"
        + "A spokesman for the bank said the cut was \u201Cprudent\u201D.");

    assertThat(a.get(0).mention()).isEqualTo("A spokesman for the bank");
    assertThat(a.get(0).speaker()).isEqualTo("Dunmore Bank");
  }

  @Test
  void aRoleWordAfterAKnownGivenNameIsTheSurname() {
    List<Attribution> a = attribute("Last month, central bank governor Martin Bishop said the"
        + " economy had hit \u201Ca rough patch\u201D.");

    assertThat(a.get(0).speaker()).isEqualTo("Martin Bishop");
  }

  @Test
  void anExchangeIsAnOrganizationAndItsAcronymStandsForIt() {
    List<Attribution> a = attribute("A rival approached the Dunmore Stock Exchange (DSE) on"
        + " Monday.\n\n\u201CThe approach is at an early stage,\u201D DSE said.");

    assertThat(a.get(0).speaker()).isEqualTo("Dunmore Stock Exchange");
  }

  @Test
  void namesJoinedByAndAfterAPrepositionAreTwoClausesNotAGroup() {
    List<Attribution> a = attribute("The two sides meet in March at Leeds and Kirwan says his"
        + " side is ready. \u201CWe have to make it tough for them.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Kirwan");
  }

  @Test
  void aShortNameAndSayVerbSentenceAfterAPeriodReportsTheQuote() {
    List<Attribution> a =
        attribute("Jane Roe spoke first. \u201CWe will find the files.\u201D Tom Hale said.");

    assertThat(a.get(0).speaker()).isEqualTo("Tom Hale");
  }

  @Test
  void aDescriptionByAgeAfterTheQuoteIsItsSubject() {
    List<Attribution> a = attribute("Jane Roe posted a video on Monday. \u201CWhat if the plan"
        + " fails?\u201D the 43-year-old asked in its caption.");

    assertThat(a.get(0).mention()).isEqualTo("the 43-year-old");
    assertThat(a.get(0).speaker()).isEqualTo("Jane Roe");
  }

  @Test
  void aBaseFormSpeechVerbTaggedAsNounAfterAPluralSubjectIsTheVerb() {
    List<Attribution> a = attribute("\u201CThe kingdom is a partner,\u201D the officials state"
        + " in the paper.");

    assertThat(a.get(0).mention()).isEqualTo("the officials");
    assertThat(a.get(0).cue()).isEqualTo("state");
  }

  @Test
  void aReportingClauseEndingTheSentenceReportsEveryQuoteBeforeIt() {
    List<Attribution> a = attribute("Tom Hale runs the charity. Giving was \u201Cflat for a"
        + " month\u201D as donors waited to see how a \u201Cwild year\u201D played out, he said.");

    assertThat(a).extracting(Attribution::speaker).containsExactly("Tom Hale", "Tom Hale");
  }

  @Test
  void theSubjectOfAnAgentlessSpeechPassiveIsSpokenAboutNotTheSpeaker() {
    List<Attribution> a = attribute("The Valley Courier has been criticised for printing"
        + " \u201Coffensive\u201D cartoons.");

    assertThat(a.get(0).speaker()).isNull();
  }

  @Test
  void aPaperQuotingSomeoneAsSayingGivesTheQuoteToTheOneQuoted() {
    List<Attribution> a = attribute("The Valley Courier ran the story on Monday. \u201CWe will"
        + " bid,\u201D the paper quoted an unnamed executive as saying.");

    assertThat(a.get(0).speaker()).isNull();
    assertThat(a.get(0).mention()).isEqualTo("an unnamed executive");
  }

  @Test
  void aPlaceWordAfterMrIsASurnameEvenWhenItIsNoGivenName() {
    List<Attribution> a = attribute("John Houston lost his seat. Mr Houston said: \u201CI feel"
        + " they have over-reacted.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("John Houston");
    assertThat(a.get(0).speakerType()).isEqualTo(SpeakerType.PERSON);
  }

  @Test
  void aNameOfItsEmployerBeforeTheVerbIsThePerson() {
    List<Attribution> a = attribute("Anne Roe of the Valley Courier said that the film was"
        + " \u201Cheart-wrenching\u201D.");

    assertThat(a.get(0).speaker()).isEqualTo("Anne Roe");
  }

  @Test
  void aSpeechVerbTaggedAsNounBeforeAColonIntroducesTheQuote() {
    List<Attribution> a = attribute("Touring the closed mills of the north, Hale concludes:"
        + " \u201CNobody did this to them.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Hale");
  }

  @Test
  void anInvertedLeadInClosingTheParagraphIntroducesTheNextQuote() {
    List<Attribution> a = attribute("Jane Roe spoke on Monday.\n\nStated Roe:\n\n"
        + "\u201CThe stakes are high.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Jane Roe");
  }

  @Test
  void aSignatureLineAfterAQuoteParagraphNamesItsSpeaker() {
    List<Attribution> a = attribute("The rally ended late.\n\n\u201CGreat speech. She is"
        + " ready.\u201D\n\n- Senator Tom Hale, writing after the speech.");

    assertThat(a.get(0).speaker()).isEqualTo("Tom Hale");
    assertThat(a.get(0).sieve()).isEqualTo("dash");
  }

  @Test
  void aListLineAfterAQuoteIsNoSignature() {
    List<Attribution> a = attribute("The rally ended late.\n\n\u201CGreat speech.\u201D\n\n"
        + "- Voter turnout: Tom Hale said it was low across the state.");

    assertThat(a.get(0).sieve()).isNotEqualTo("dash");
  }

  @Test
  void aVerbInARelativeClauseOnAnEarlierQuoteDoesNotReportTheNextQuote() {
    List<Attribution> a =
        attribute(
            "Council leader Ivo Brandt said that instead of the \u201Cnew dawn\u201D the Greens"
                + " had promised, there had been a \u201Cslow decline\u201D in services.");

    assertThat(a.get(1).speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void aReportingClauseSetOffByCommasStillReportsTheClauseAfterIt() {
    List<Attribution> a =
        attribute(
            "The board met on Monday. But, Ivo Brandt added, the town could not keep paying for"
                + " repairs \u201Cyear after year\u201D.");

    assertThat(a.get(0).speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void aWritersSentenceNamingSomeoneNewLeadsInTheQuoteAfterItInTheSameParagraph() {
    List<Attribution> a =
        attribute(
            "\u201CThe road is finished,\u201D Ivo Brandt said. Mayor Lena Kovac had other"
                + " worries for the town. \u201CNobody has paid for it yet.\u201D");

    assertThat(a.get(1).speaker()).isEqualTo("Lena Kovac");
  }

  @Test
  void aSentenceOpeningWithASurnameTheArticleGaveIsThatPersonWhateverTheTagger() {
    List<Attribution> a =
        attribute(
            "Councillor Tom Small spoke at the hearing.\n\n"
                + "Small, who attended the rally on Wednesday, said that \u201Cthe mill took"
                + " millions and left the town with debts.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Tom Small");
  }

  @Test
  void aDescriptionWithAPrepositionalPhraseBeforeItsVerbIsTheWholeMention() {
    List<Attribution> a =
        attribute("\u201CThe river is rising,\u201D a narrator in the film warns.");

    assertThat(a.get(0).speaker()).isNull();
    assertThat(a.get(0).mention()).isEqualTo("a narrator in the film");
  }

  @Test
  void anIngFormBetweenAPossessiveAndARoleIsPartOfTheApposition() {
    List<Attribution> a =
        attribute("Ivo Brandt, its acting chairman, told reporters simply, \u201CWe lost.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void aSpeechVerbInTheInfinitiveTakesTheSubjectOfTheVerbBeforeIt() {
    List<Attribution> a =
        attribute("The memo goes on to say: \u201CNo branch will close this year.\u201D");

    assertThat(a.get(0).mention()).isEqualTo("The memo");
  }

  @Test
  void anAgeWithNoNounAfterItStandsForThePersonDiscussed() {
    List<Attribution> a =
        attribute(
            "Lena Kovac took the stage after midnight.\n\n"
                + "\u201CWe will rebuild the pier,\u201D said the 46-year-old.");

    assertThat(a.get(0).speaker()).isEqualTo("Lena Kovac");
    assertThat(a.get(0).mention()).isEqualTo("the 46-year-old");
  }

  @Test
  void anAppositionMayBeAParticiplePhraseAfterAnAdverb() {
    List<Attribution> a =
        attribute("Lena Kovac, also campaigning in Leeds, said the plan was \u201Creckless.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Lena Kovac");
  }

  @Test
  void aPartyParenthesisBeforeARoleInCommasStaysWithTheName() {
    List<Attribution> a =
        attribute(
            "Rep. Lena Kovac (D-Ore.), chair of the panel, said it was \u201Cfully committed\u201D"
                + " to the hearings.");

    assertThat(a.get(0).speaker()).isEqualTo("Lena Kovac");
  }

  @Test
  void aGerundInsideAPrepositionalPhraseKeepsTheApposition() {
    List<Attribution> a =
        attribute(
            "Lena Kovac, a teacher with growing doubts, said the exam was \u201Ctoo long.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Lena Kovac");
  }

  @Test
  void aLowerCaseModifierBeforeTheSubjectAfterAQuoteKeepsTheCue() {
    List<Attribution> a =
        attribute("\u201CThere is some concern,\u201D super PAC spokeswoman Lena Kovac said.");

    assertThat(a.get(0).speaker()).isEqualTo("Lena Kovac");
  }

  @Test
  void aLeadInOpenedByHeOrSheBeforeAColonIsThatPersonsQuote() {
    List<Attribution> a =
        attribute(
            "Lena Kovac spoke first.\n\n"
                + "She then addressed the crowd again: \u201CHere is what I regret.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Lena Kovac");
  }

  @Test
  void aSourceFamiliarWithSomethingIsTheWholeDescription() {
    List<Attribution> a =
        attribute("Another source familiar with the talks said, \u201CI think he will try.\u201D");

    assertThat(a.get(0).speaker()).isNull();
    assertThat(a.get(0).mention()).isEqualTo("Another source familiar with the talks");
  }

  @Test
  void anIntensifyingPronounBetweenSubjectAndVerbIsSkipped() {
    List<Attribution> a =
        attribute("Lena Kovac herself said Tuesday that \u201Cthe only way to win is to ask.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Lena Kovac");
  }

  @Test
  void aRoleInCommasMayHoldAnInfinitive() {
    List<Attribution> a =
        attribute(
            "\u201CThe ruling is clear,\u201D Ivo Brandt, attorney for one of four groups to file"
                + " suit over the law, said in a statement.");

    assertThat(a.get(0).speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void aSpeechVerbAfterAnAppositionBeforeThatIsAVerbWhateverTheTagger() {
    List<Attribution> a =
        attribute(
            "Ivo Brandt, the mayor's attorney, argues that his client was never violent."
                + " \u201CThe city is alleging that he provoked it.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void aRoundupItemNamesWhoIsQuotedAfterItsHeadlineAndADash() {
    List<Attribution> a =
        attribute(
            "Roundup\n\nTURNOUT IS RISING - Ivo Brandt: \u201CAt long last the contests have"
                + " begun.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void fromXBeforeAColonNamesTheSourceQuotedFrom() {
    List<Attribution> a =
        attribute("What the survey means. From the survey: \u201CSamples are not equal.\u201D");

    assertThat(a.get(0).speaker()).isNull();
    assertThat(a.get(0).mention()).isEqualTo("the survey");
  }

  @Test
  void inANestedReportTheReporterQuotedInTheArticleIsTheSource() {
    List<Attribution> a =
        attribute(
            "Union leader Ivo Brandt said Lena Kovac had described the tunnel as a"
                + " \u201Cdeath trap\u201D in a letter.");

    assertThat(a.get(0).speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void aMiddleInitialDoesNotEndTheSentenceOrTheName() {
    List<Attribution> a =
        attribute("\u201CThey dodge taxes,\u201D Senate Minority Leader Harold J. Brandt said.");

    assertThat(a.get(0).speaker()).isEqualTo("Harold J. Brandt");
  }

  @Test
  void aProfessionBeforeANameIsItsTitleAfterAnInvertedCue() {
    List<Attribution> a =
        attribute("\u201CIt will appear in an ad,\u201D said pollster Ivo Brandt.");

    assertThat(a.get(0).speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void aNounAfterADeterminerAndAnAdjectiveIsNoVerbOfTheCue() {
    List<Attribution> a =
        attribute("\u201CWelcome, visitors!\u201D a welcome message on the website reads.");

    assertThat(a.get(0).mention()).isEqualTo("a welcome message on the website");
  }

  @Test
  void aParticipleAfterWithHasItsOwnSubject() {
    List<Attribution> a =
        attribute(
            "Council members were irritated, with Councillor Ivo Brandt calling the budget a"
                + " \u201Cshopping list.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void aReportingClauseInCommasAfterAQuoteReportsIt() {
    List<Attribution> a =
        attribute(
            "Ivo Brandt was on the pier.\n\n\u201CA big wave\u201D hit the boats, he said, and"
                + " \u201Ceveryone started running.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Ivo Brandt");
    assertThat(a.get(0).mention()).isEqualTo("he");
  }

  @Test
  void theOwnerOfANounOfSayingSpeaksTheQuoteItIntroduces() {
    List<Attribution> a =
        attribute(
            "Lena Kovac\u2019s most explosive claim is that the panel is a \u201Cwitch hunt\u201D"
                + " aimed at her.");

    assertThat(a.get(0).speaker()).isEqualTo("Lena Kovac");
  }

  @Test
  void aConjunctionOpeningTheSentenceIsNotPartOfTheMention() {
    List<Attribution> a = attribute("But Lena Kovac said the plan was \u201Creckless.\u201D");

    assertThat(a.get(0).mention()).isEqualTo("Lena Kovac");
  }

  @Test
  void aThingDoingSomethingAfterAQuoteIsNoSourceButAPersonIs() {
    List<Attribution> a =
        attribute(
            "\u201CWe will show more films,\u201D said Ivo Brandt, head of the fund."
                + " \u201CAudiences will see the difference,\u201D digital prints cost less than"
                + " film, said Ms Kovac.\n\n"
                + "\u201CNobody will notice,\u201D the festival director riffed.");

    assertThat(a.get(1).mention()).isNotEqualTo("digital prints");
    assertThat(a.get(2).mention()).isEqualTo("the festival director");
  }

  @Test
  void aRoleDescriptionRefersToThePersonTheArticleGaveThatTitleEarlier() {
    List<Attribution> a =
        attribute(
            "Green spokesman Ivo Brandt attacked the budget on Monday.\n\n"
                + "Mr Brandt said the figures were wrong.\n\n"
                + "The debate went on for hours.\n\n"
                + "Mr Brandt said roads came first. Finance Minister Tom Hale set aside"
                + " more money for roads. But the Green spokesman questioned where the money came"
                + " from. He urged him to scrap the \u201Cgrossly unfair\u201D levy.");

    assertThat(a.get(0).speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void aLeadInOpenedByAConjunctionAndAPronounLeadsInTheNextQuoteParagraph() {
    List<Attribution> a =
        attribute(
            "Mayor Ivo Brandt spoke for an hour. But he did, for the first time, promise a new"
                + " bridge.\n\n"
                + "\u201CPeople will have a clear choice at this election.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void aPerfectInfinitiveOfSayingAfterAPassiveTakesTheSubject() {
    List<Attribution> a =
        attribute(
            "Mr Ivo Brandt is alleged to have said that the pier should be"
                + " \u201Csold to the highest bidder\u201D and closed.");

    assertThat(a.get(0).speaker()).isEqualTo("Ivo Brandt");
  }

  @Test
  void creditingSomeonesQualitiesIsASpeechAct() {
    String text = "The Valley Film Institute named its films of the year on Monday.\n\n"
        + "It credited the screen legend's \u201Craw hypnotic energy\u201D and his ability"
        + " to create characters like Tom Hale and Ivo Brandt \u201Cthat will live forever"
        + " in the annals of film history\u201D.";
    List<Quote> quotes = Attributions.quotes(text, QuoteKind.PARTIAL);
    quotes.set(0, quotes.get(0).withKind(QuoteKind.NON_SPEECH, "term"));

    List<Attribution> a =
        Attributions.of(text, quotes, Sieves.DEFAULT_ORDER.toArray(new String[0]));

    assertThat(a.get(1).speaker()).isEqualTo("Valley Film Institute");
  }

  @Test
  void asAndAReportingClauseAfterTheQuoteReportIt() {
    List<Attribution> a =
        attribute(
            "Still, the fact that the vote \u201Cis a dead heat now,\u201D as Ilse Marbury said on"
                + " the radio, only adds to the pressure.");

    assertThat(a.get(0).speaker()).isEqualTo("Ilse Marbury");
    assertThat(a.get(0).cue()).isEqualTo("said");
  }

  @Test
  void agentOfASpeechPassiveAfterTheQuoteIsTheSpeaker() {
    List<Attribution> a =
        attribute(
            "The toll plan was described as \u201Creckless\u201D by Osric Penhallow, the mayor."
                + " The inquiry, often labeled as a \u201Cwitch hunt\u201D by Wendell Starling,"
                + " goes on.");

    assertThat(a.get(0).speaker()).isEqualTo("Osric Penhallow");
    assertThat(a.get(0).cue()).isEqualTo("described");
    assertThat(a.get(1).speaker()).isEqualTo("Wendell Starling");
  }

  @Test
  void colonLeadInWithASpeechVerbWinsOverTheNextSentence() {
    List<Attribution> a =
        attribute(
            "The panel pressed her for an hour. Dagny Oyelaran finally responded: \u201CWhat"
                + " difference does it make now?\u201D Her critics cited it as proof of contempt.");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
    assertThat(a.get(0).cue()).isEqualTo("responded");
  }

  @Test
  void transcriptSpeakerWithTitleAndPartyBeforeAColon() {
    List<Attribution> a =
        attribute(
            "The hearing ran late.\n\nRep. Tobias Quennell (D-Ohio):\u201CI have never heard"
                + " anyone cite that figure.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
    assertThat(a.get(0).mention()).isEqualTo("Rep. Tobias Quennell");
  }

  @Test
  void documentSubjectMisreadAsAdjectiveBeforeItsVerbAfterTheQuote() {
    List<Attribution> a =
        attribute(
            "The Harbour Courier ran a leader on Friday.\n\n\u201CIf she wants the post, she"
                + " should come here,\u201D the editorial read.");

    assertThat(a.get(0).mention()).isEqualTo("the editorial");
    assertThat(a.get(0).cue()).isEqualTo("read");
  }

  @Test
  void nameInCommasAfterAPersonNounForAPersonIsTheSpeaker() {
    List<Attribution> a =
        attribute(
            "Tobias Quennell spoke on Monday. An aide to Quennell, Dagny Oyelaran, said the"
                + " senator was \u201Cout of touch.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
  }

  @Test
  void bodyOwnedByANamedPersonIsNoEarlierOrganization() {
    List<Attribution> a =
        attribute(
            "Tobias Quennell lost the vote, the Harbour Courier reported.\n\n"
                + "Quennell\u2019s campaign said in a statement that the count was"
                + " \u201Cunfair.\u201D");

    assertThat(a.get(0).speaker()).isNull();
    assertThat(a.get(0).mention()).isEqualTo("Quennell\u2019s campaign");
  }

  @Test
  void replyPronounRefersToTheAddresseeOfThatGender() {
    List<Attribution> a =
        attribute(
            "Jane Marbury and Tom Pennick met on Monday. \u201CThis is not the end,\u201D"
                + " Marbury told Pennick. \u201CIt is,\u201D he replied.");

    assertThat(a.get(1).speaker()).isEqualTo("Tom Pennick");
  }

  @Test
  void organisationNameKeepsForAfterItsHead() {
    List<Attribution> a =
        attribute(
            "The Institute for Coastal Studies warned the figures were \u201Coptimistic\u201D."
                + " \u201CIt is bad,\u201D said the Centre for Harbour Policy.");

    assertThat(a.get(0).speaker()).isEqualTo("Institute for Coastal Studies");
    assertThat(a.get(0).mention()).isEqualTo("The Institute for Coastal Studies");
    assertThat(a.get(1).speaker()).isEqualTo("Centre for Harbour Policy");
  }

  @Test
  void peerWithTerritorialDesignationIsThePeer() {
    List<Attribution> a =
        attribute(
            "Lord Pennick of Oldbury has criticised the plan.\n\n"
                + "\u201CThe government has not listened,\u201D Lord Pennick of Oldbury said.");

    assertThat(a.get(0).speaker()).isEqualTo("Pennick");
  }

  @Test
  void bareWeekdayBetweenSubjectAndVerbIsATimeAdverbial() {
    List<Attribution> a =
        attribute(
            "Tobias Quennell met the board. Quennell later Thursday told the Courier:"
                + " \u201CWe meet again next week.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
    assertThat(a.get(0).mention()).isEqualTo("Quennell");
  }

  @Test
  void prepositionalPhraseWithAParticipleIsAnApposition() {
    List<Attribution> a =
        attribute(
            "Tobias Quennell was cleared on Monday. Quennell, in a statement released by his"
                + " lawyers on Thursday, said he \u201Cappreciates the professionalism\u201D of"
                + " the police.");

    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
  }

  @Test
  void lonePastParticipleInCommasIsAnApposition() {
    List<Attribution> a =
        attribute(
            "The panel pressed her for an hour. Dagny Oyelaran, exasperated, responded:"
                + " \u201CWhy now?\u201D Tobias Quennell, clearly annoyed, said it was"
                + " \u201Cabsurd.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
    assertThat(a.get(1).speaker()).isEqualTo("Tobias Quennell");
  }

  @Test
  void verbBaseFormInARoleBeforeANameIsPartOfTheRole() {
    List<Attribution> a =
        attribute(
            "Harbour won again on Saturday.\n\n"
                + "Double try scorer Osric Penhallow was keen not to talk about the title."
                + " \u201CWe have more belief these days.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Osric Penhallow");
  }

  @Test
  void phrasalSpeechVerbMisreadAsNounBeforeAColon() {
    List<Attribution> a =
        attribute(
            "Tobias Quennell attacked the plan. \u201CIt is a fraud,\u201D Quennell said.\n\n"
                + "Marbury\u2019s campaign manager, Dagny Oyelaran, shot back: \u201CHe is"
                + " scared.\u201D");

    assertThat(a.get(1).speaker()).isEqualTo("Dagny Oyelaran");
  }

  @Test
  void nameInCommasAfterARoleWithOfRenamesTheWholeRole() {
    List<Attribution> a =
        attribute(
            "Ilse Marbury spoke at the summit. Her chief of staff, Tobias Quennell, said:"
                + " \u201CWe need a deal now.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
  }

  @Test
  void copulaAndPossessiveSpeechNounAfterTheQuote() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran was asked about the merger. \u201CNot yet,\u201D was"
                + " Oyelaran\u2019s reply.");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
    assertThat(a.get(0).cue()).isEqualTo("reply");
  }

  @Test
  void transcriptSpeakerWithLowerCaseRoleBeforeAColon() {
    List<Attribution> a =
        attribute(
            "The hearing ran late.\n\nFormer secretary of state Dagny Oyelaran: \u201CWe learned"
                + " that from the department.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
  }

  @Test
  void documentSubjectWithSpeechVerbMisreadAsNounRightBeforeTheQuote() {
    List<Attribution> a =
        attribute("Dagny Oyelaran met the governor. The memo claims \u201CShe is the one to trust.\u201D");

    assertThat(a.get(0).mention()).isEqualTo("The memo");
    assertThat(a.get(0).cue()).isEqualTo("claims");
  }

  @Test
  void numberedPartOfATextSpeaksBeforeAColon() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran is running for mayor. Article 12 affirms: \u201CNo member shall"
                + " expel a refugee.\u201D");

    assertThat(a.get(0).mention()).isEqualTo("Article 12");
    assertThat(a.get(0).speaker()).isNull();
  }

  @Test
  void wholeRoleWordEndingASentenceIsNoTitleAbbreviation() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran spoke to the mayor. The leaflet was blunt: \u201CVote for"
                + " change.\u201D");

    assertThat(a.get(0).mention()).isEqualTo("The leaflet");
  }

  @Test
  void titleAbbreviationEndingASentenceStillJoinsTheNameAfterIt() {
    List<Attribution> a =
        attribute("\u201CWe will win,\u201D said Gov. Dagny Oyelaran on Monday.");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
  }

  @Test
  void roleDescriptionOpeningAColonLeadInResolvesToThePersonWithThatRole() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran is the finance minister. The minister was more direct: \u201CThere is"
                + " no deal.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
    assertThat(a.get(0).mention()).isEqualTo("The minister");
  }

  @Test
  void documentOpeningAColonLeadInIsAnUnnamedSource() {
    List<Attribution> a =
        attribute(
            "Tobias Quennell wrote the budget. A footnote in the report makes that clear:"
                + " \u201CThese figures do not apply.\u201D");

    assertThat(a.get(0).mention()).isEqualTo("A footnote in the report");
    assertThat(a.get(0).speaker()).isNull();
  }

  @Test
  void documentSettingTheSceneWithoutAColonIsNoSource() {
    List<Attribution> a =
        attribute(
            "Tobias Quennell, the director, said the copy was exact.\n\nThe film will be"
                + " encrypted. \u201CThe picture will look the same.\u201D");

    assertThat(a.get(0).mention()).isNotEqualTo("The film");
  }

  @Test
  void accordingToADescriptionAfterTheQuoteIsItsSource() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran is running for mayor.\n\n\u201CThe rule applies when people lie,\u201D"
                + " according to the news outlet.");

    assertThat(a.get(0).mention()).isEqualTo("the news outlet");
    assertThat(a.get(0).speaker()).isNull();
  }

  @Test
  void accordingToADescriptionOutranksTheWritersClause() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran spoke on Monday. According to a source close to the talks, the deal"
                + " is \u201Cdead.\u201D");

    assertThat(a.get(0).mention()).isEqualTo("a source close to the talks");
  }

  @Test
  void accordingToAnObjectPronounResolvesLikeItsSubjectForm() {
    List<Attribution> a =
        attribute("Dagny Oyelaran is running for mayor. \u201CIt is a crime,\u201D according to her.");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
    assertThat(a.get(0).mention()).isEqualTo("her");
  }

  @Test
  void invertedSpeechVerbAfterAnOpeningAdverbial() {
    List<Attribution> a =
        attribute(
            "The debate turned to money.\n\nIn other words, explained the host Dagny Oyelaran:"
                + " \u201CWhat does that have to do with it?\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
  }

  @Test
  void presentingLeadInNamesTheSpeaker() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran has changed her tune.\n\nHere\u2019s Oyelaran in May 1990:"
                + " \u201COur new path must rest on skills.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
    assertThat(a.get(0).sieve()).isEqualTo(Sieves.COLON_LEAD_IN);
  }

  @Test
  void transcriptNameWithTheColonGluedToTheQuoteMark() {
    List<Attribution> a =
        attribute("The hearing ran late.\n\nDagny Oyelaran:\u201CWe learned that late.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
  }

  @Test
  void phrasalSpeechVerbOfTheMainClauseBeatsASpeechVerbInAnOpeningSubordinateClause() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran spoke first. After Tobias Quennell criticized Ilse Marbury during a"
                + " debate, Oyelaran shot back, \u201CI chose to work.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
    assertThat(a.get(0).mention()).isEqualTo("Oyelaran");
  }

  @Test
  void speechVerbWithAnObjectInAnOpeningSubordinateClauseDoesNotReportTheMainClause() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran spoke first. When Tobias Quennell announced his bid in June, he"
                + " referred to the critics as \u201Ccranks\u201D and worse.");

    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
    assertThat(a.get(0).mention()).isEqualTo("he");
  }

  @Test
  void parentheticalAsClauseStillReportsTheQuoteAfterTheMainClause() {
    List<Attribution> a =
        attribute(
            "The budget passed. As press secretary Tobias Quennell explained, three taxes were"
                + " postponed, \u201Cwhich sounds like a lot of money.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
  }

  @Test
  void phrasalVerbWithAnObjectAfterItsParticleIsNoCue() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran was asked about the summer. Oyelaran said that once the council goes"
                + " on recess, \u201CI will help where I can.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
  }

  @Test
  void quantifierStandingAloneIsAnUnnamedSubject() {
    List<Attribution> a =
        attribute(
            "The rally for Dagny Oyelaran went on for hours. Some chanted \u201CFour more"
                + " years.\u201D Another said, \u201CShe is the one.\u201D");

    assertThat(a.get(0).mention()).isEqualTo("Some");
    assertThat(a.get(1).mention()).isEqualTo("Another");
    assertThat(a.get(1).speaker()).isNull();
  }

  @Test
  void sentenceAfterAnExclamationThatReportsItsOwnClauseIsNotTheQuotesCue() {
    List<Attribution> a =
        attribute(
            "The rally for Dagny Oyelaran went on for hours. Some chanted \u201CFour more"
                + " years!\u201D Others said they were \u201Ctired.\u201D");

    assertThat(a.get(0).mention()).isEqualTo("Some");
    assertThat(a.get(1).mention()).isEqualTo("Others");
  }

  @Test
  void quantifierInARelativeClauseOnAPhraseIsNoSource() {
    List<Attribution> a =
        attribute(
            "Tobias Quennell spoke last. He said that the plan, which some have argued was a"
                + " ploy, was an \u201Cinsult\u201D to the volunteers.");

    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
  }

  @Test
  void speechVerbTheTaggerCallsAPronounIsAVerb() {
    List<Attribution> a =
        attribute(
            "Voters reacted online to Dagny Oyelaran. One wrote, \u201CShe is wrong.\u201D"
                + " Another tweeted, \u201CShe is above the rules.\u201D");

    assertThat(a.get(1).mention()).isEqualTo("Another");
    assertThat(a.get(1).cue()).isEqualTo("tweeted");
  }

  @Test
  void reportingClauseEndingTheSentenceAfterTheWritersWordsAndANamesApposition() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran leads the polls.\n\n\u201CMany would call that a setback for her\u201D"
                + " if she lost by more, said Tobias Quennell, an analyst at the Harbour Institute.");

    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
  }

  @Test
  void reportingClauseWithAPlaceAfterTheNamesApposition() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran leads the polls.\n\n\u201CThey have no choice\u201D but to advertise,"
                + " says Tobias Quennell, a consultant in Alexandria, Va.");

    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
  }

  @Test
  void possessiveDescriptionWithATradeAndANameInCommasNamesThatPerson() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran held a rally.\n\n\u201CIt is about time,\u201D exhorted Oyelaran's"
                + " introducer, actress Ilse Marbury.");

    assertThat(a.get(0).speaker()).isEqualTo("Ilse Marbury");
  }

  @Test
  void hyphenatedRoleTheTaggerCallsPunctuationIsPartOfTheSubject() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran held a rally.\n\n\u201CYou may have material,\u201D Acme co-founder"
                + " Tobias Quennell told the paper.");

    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
  }

  @Test
  void twoRolesJoinedByAndUnderOneArticleAreOnePersonsDescription() {
    List<Attribution> a =
        attribute(
            "Senator Dagny Oyelaran spoke on Monday.\n\n\u201CThe tax is wrong,\u201D the senator"
                + " and former governor told reporters.");

    assertThat(a.get(0).mention()).isEqualTo("the senator and former governor");
    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
  }

  @Test
  void thirdPersonVerbTheTaggerCallsANounAfterAnOpeningSubject() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran is running again. Her economic plan promises to \u201Clift up"
                + " wages.\u201D The new ad hits Oyelaran for taking \u201Ctoo much money.\u201D");

    assertThat(a.get(0).mention()).isEqualTo("Her economic plan");
    assertThat(a.get(1).mention()).isEqualTo("The new ad");
  }

  @Test
  void passiveNamingVerbRightBeforeTheQuoteWithAByAgent() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran unveiled the plan.\n\nThe plan has been called \u201Ca quiet"
                + " revolution\u201D by Tobias Quennell, a professor at Harbour University.");

    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
  }

  @Test
  void cueInAFrontedRelativeAdverbialBeatsTheMainClauseAfterTheQuote() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran went to court. In a clip that Judge Tobias Quennell called"
                + " \u201Cdistasteful,\u201D Oyelaran expressed a wish to win.");

    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
  }

  @Test
  void gerundAfterAPossessiveIsANounOfTheSubjectPhrase() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran has not decided.\n\nAnother source familiar with Oyelaran's thinking"
                + " said, \u201CShe will run.\u201D");

    assertThat(a.get(0).mention()).isEqualTo("Another source familiar with Oyelaran's thinking");
  }

  @Test
  void relativeWhoRightAfterANameOrADashStandsForThatPerson() {
    List<Attribution> a =
        attribute(
            "The posts kept coming. One was from Ilse Marbury who tweeted, \u201CHe never"
                + " listens.\u201D Front-runner Tobias Quennell - who once said he would \u201Cbomb\u201D"
                + " the fields - said more.");

    assertThat(a.get(0).speaker()).isEqualTo("Ilse Marbury");
    assertThat(a.get(0).mention()).isEqualTo("who");
    assertThat(a.get(1).speaker()).isEqualTo("Tobias Quennell");
  }

  @Test
  void relativeWhoAfterAPlaceNameIsNoPerson() {
    List<Attribution> a =
        attribute(
            "\u201CWe can win,\u201D said Dagny Oyelaran, a nurse. An immigrant from Uganda who"
                + " became a citizen in 2013, she plans to vote. \u201CIt is not fair.\u201D");

    assertThat(a.get(1).speaker()).isEqualTo("Dagny Oyelaran");
  }

  @Test
  void thirdPersonVerbTheTaggerMisreadsAfterAnOpeningName() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran wrote to staff.\n\nOyelaran forwards an article that included the line"
                + " \u201Cwe must pivot.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
    assertThat(a.get(0).cue()).isEqualTo("forwards");
  }

  @Test
  void reportingClauseEndingTheSentenceReportsAQuoteWovenAsAnObject() {
    List<Attribution> a =
        attribute(
            "The union stirred mixed feelings in the region, and it has used \u201Cvelvet"
                + " gloves\u201D in its dealings there, said Dagny Oyelaran, an expert at Harbour"
                + " University.");

    assertThat(a.get(0).speaker()).isEqualTo("Dagny Oyelaran");
  }

  @Test
  void reportingClauseWithACompoundInTheAppositionBeatsAThingAsSubject() {
    List<Attribution> a =
        attribute(
            "Parties want closer ties. The rejection of the treaty signals \u201Cthe beginning of"
                + " the end\u201D for the union, said Tobias Quennell, founder of the right-wing"
                + " Freedom Party.");

    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
  }

  @Test
  void invertedReportingClauseInCommasInsideTheSentenceReportsTheQuote() {
    List<Attribution> a =
        attribute(
            "Dagny Oyelaran died on Sunday. The paradox of Oyelaran, says Tobias Quennell, a"
                + " historian at the library, is that she was \u201Cthe most powerful of them,\u201D"
                + " not for policy. The answer, said Quennell, was \u201Csimple.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
    assertThat(a.get(1).speaker()).isEqualTo("Tobias Quennell");
  }

  @Test
  void quantifierAfterAnInvertedSpeechVerbIsAnUnnamedSource() {
    List<Attribution> a =
        attribute(
            "Marta Quillfeather spoke first. \u201CWe will win,\u201D she said. \u201CWatch the"
                + " polls,\u201D tweeted another. \u201CNot yet,\u201D said one.");

    assertThat(a.get(1).mention()).isEqualTo("another");
    assertThat(a.get(1).speaker()).isNull();
    assertThat(a.get(2).mention()).isEqualTo("one");
  }

  @Test
  void quantifierBeforeASpeechVerbTheTaggerCallsAnAdjectiveIsTheSubject() {
    List<Attribution> a =
        attribute(
            "Marta Quillfeather spoke first. \u201CWe will win,\u201D she said. Most voters were"
                + " upbeat. Yet another said, \u201CThe race is wide open.\u201D");

    assertThat(a.get(1).mention()).isEqualTo("another");
  }

  @Test
  void speechVerbTheTaggerCallsANounAfterANumberSubjectEndsTheClause() {
    List<Attribution> a =
        attribute(
            "Marta Quillfeather spoke first. \u201CWe will win,\u201D she said. \u201CYou picked"
                + " a new standard,\u201D the two wrote.");

    assertThat(a.get(1).mention()).isEqualTo("the two");
  }

  @Test
  void hyphenatedModifierTheTaggerCallsAVerbIsPartOfAnInvertedSubject() {
    List<Attribution> a =
        attribute(
            "Tobias Quennell left early. \u201CIf the mayor wins, the energy fades,\u201D said one"
                + " well-connected Democrat familiar with the race.");

    assertThat(a.get(0).mention()).startsWith("one well-connected Democrat");
    assertThat(a.get(0).speaker()).isNull();
  }

  @Test
  void nounModifierOpeningARoleInTheAppositionKeepsTheName() {
    List<Attribution> a =
        attribute(
            "Tobias Quennell left early. \u201CThe process is broken,\u201D Marta Quillfeather,"
                + " refugee rights program director at Harbour Aid, said in an interview.");

    assertThat(a.get(0).speaker()).isEqualTo("Marta Quillfeather");
  }

  @Test
  void participlePhraseBetweenDashesSeparatesTheSubjectFromItsVerb() {
    List<Attribution> a =
        attribute(
            "On Friday, Marta Quillfeather \u2014 mentioned by the paper as the leading choice"
                + " \u2014 told reporters that \u201Cyou have to look at it seriously.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Marta Quillfeather");
  }

  @Test
  void participlePhraseAfterAPartyInParenthesesSeparatesTheSubjectFromItsVerb() {
    List<Attribution> a =
        attribute(
            "But Sen. Marta J. Quillfeather (D-Ore.), noting the size of the crowd, said, \u201CLet"
                + " me tell you, that is a list.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Marta J. Quillfeather");
  }

  @Test
  void documentSubjectAfterAnOpeningAdverbialSpeaksInAColonLeadIn() {
    List<Attribution> a =
        attribute(
            "Tobias Quennell wants free tuition. Likewise, a paper from the Harbour Institute had"
                + " this to say about his plan: \u201CRicher families would gain the most.\u201D");

    assertThat(a.get(0).mention()).isEqualTo("a paper from the Harbour Institute");
  }

  @Test
  void nameRightBeforeAParticipleAfterACommaIsItsOwnSubject() {
    List<Attribution> a =
        attribute(
            "Both men issued a statement expressing hope, Quennell saying he was \u201Cvery"
                + " encouraged\u201D and Quillfeather calling it a \u201Cgreat day.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Quennell");
    assertThat(a.get(1).speaker()).isEqualTo("Quillfeather");
  }

  @Test
  void nameWithAPartyInParenthesesEndsTheAppositionsBeforeItsVerb() {
    List<Attribution> a =
        attribute(
            "Speaking later on the same show, Sen. Marta Quillfeather (D-Ore.), who backs the bill,"
                + " said the plan had to be \u201Cstronger.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Marta Quillfeather");
  }

  @Test
  void possessivePronounBeforeANounOfSayingMakesItsOwnerTheSpeaker() {
    List<Attribution> a =
        attribute(
            "Tobias Quennell spoke in Leeds. Quennell fanned controversy over his remark that"
                + " \u201Cthere is a special place for them.\u201D");

    assertThat(a.get(0).mention()).isEqualTo("his");
    assertThat(a.get(0).speaker()).isEqualTo("Tobias Quennell");
  }
}
