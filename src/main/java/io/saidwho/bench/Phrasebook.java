package io.saidwho.bench;

import java.util.List;

/**
 * Hand-written sentence templates typical of news, for the {@link ArticleSynthesizer}. Templates
 * are written with typographic marks (“ ” ‘ ’); an article in ASCII style maps them afterwards.
 *
 * <p>Placeholders: {@code {S}} the speaker mention (chosen by the synthesizer: full name and title
 * on first mention, surname later), {@code {P}}/{@code {Pc}} the last speaker's pronoun,
 * {@code {Q}} a quoted sentence, {@code {Qc}} the same ending in a comma (as before “he said”),
 * {@code {Ql}} a quoted sentence starting in lower case (after “said that”), {@code {PQ}} a
 * partial-quote phrase, {@code {C}} a narrated claim, {@code {V}} a speech verb, {@code {ORG}},
 * {@code {PLACE}}, {@code {DAY}}, {@code {TOPIC}}, {@code {NUM}}, {@code {AGE}}, {@code {PCT}},
 * {@code {L}} the surname of the last speaker, {@code {APPOS}} an appositive, {@code {SLOGAN}}
 * a name in scare quotes.
 */
final class Phrasebook {

  /** Sentences and paragraphs with a quotation attributed to {@code {S}}. */
  static final List<String> QUOTE_TEMPLATES =
      List.of(
          "{S} said, “{Q}”",
          "“{Qc}” {S} said.",
          "“{Qc}” said {S}.",
          "“{Qc}” {S} said, “{Q}”",
          "“{Qc}” {S} {V}. “{Q}”",
          "{S} told reporters in {PLACE}: “{Q}”",
          "{S} said in a statement: “{Q} {Q}”",
          "{S} called {TOPIC} “{PQ}” and said {C}.",
          "{S} said {TOPIC} was “{PQ}.”",
          "“{Q} {Q} {Qc}” {S} {V}.",
          "{S} {V} that “{Ql}”",
          "“{Qc}” {S} {V} {DAY}, adding that {C}.",
          "In a post on social media, {S} wrote: “{Q}”",
          "“{Qc}” {S}, {APPOS}, said.",
          "{S} recalled: “My father always told me, ‘{Q}’ I still believe that.”",
          "Asked about {TOPIC}, {S} said: “{Q} {Q}”",
          "{S} described the situation in {PLACE} as “{PQ},” adding: “{Q}”",
          "“{Qc}” {S} told the newspaper.");

  /** Quotations attributed by a pronoun to the previous speaker. */
  static final List<String> PRONOUN_TEMPLATES =
      List.of(
          "“{Qc}” {P} said.",
          "{Pc} added: “{Q}”",
          "“{Qc}” {P} {V}, “{Q}”",
          "{Pc} called {TOPIC} “{PQ}.”",
          "“{Q} {Qc}” {P} said.");

  /** Sentences that mention people or sources without quoting them. */
  static final List<String> REPORTED_TEMPLATES =
      List.of(
          "According to {S}, {C}.",
          "{S} said {C}.",
          "{L}’s office said in a statement that {C}.",
          "{S} did not respond to a request for comment on {DAY}.",
          "{S} has previously argued that {C}.");

  /** Narration without quotations or named speakers. */
  static final List<String> NARRATION =
      List.of(
          "{ORG} announced {DAY} that {TOPIC} would be delayed.",
          "Officials in {PLACE} met for several hours {DAY} to discuss {TOPIC}.",
          "At least {NUM} people were injured in {PLACE}, according to local officials.",
          "The decision came after weeks of pressure from {ORG}.",
          "Markets in {PLACE} fell {PCT} percent after the announcement.",
          "It was not immediately clear whether {ORG} would appeal.",
          "The country’s economy grew by {PCT} percent last year, the fastest pace in a decade.",
          "Talks on {TOPIC} resumed {DAY} in {PLACE} after a two-week pause.",
          "Critics have long said that {TOPIC} favours large companies over families.",
          "The measure passed by {NUM} votes to {NUM} after a heated debate.",
          "Thousands of people gathered in {PLACE} {DAY} to protest against {TOPIC}.",
          "{ORG} has not published figures for the last quarter.",
          "The U.S. and its allies are expected to discuss {TOPIC} at a summit in {PLACE}.",
          "Dr. Martin Luther King Jr. Avenue was closed to traffic for most of the day.",
          "Police said the suspect, a {AGE}-year-old man, was arrested near {PLACE}.",
          "Prices have risen sharply since {DAY}, and many residents say they can’t keep up.",
          "The agency’s report, which runs to {NUM} pages, was leaked to the press.",
          "No ceasefire plan was discussed, and no date was set for a new round of talks.",
          "Negotiators from {ORG} arrived in {PLACE} late in the evening.",
          "The plan, first proposed in 2019, would cost about ${NUM} million.",
          "Rescue teams worked through the night in {PLACE}.",
          "Turnout was around {AGE} percent, election officials said.",
          "The ruling is expected to affect {NUM},000 households across the region.",
          "{ORG} launched a campaign called “{SLOGAN}” {DAY}.",
          "The so-called “{SLOGAN}” policy has divided the governing coalition.",
          "Earlier, {ORG} had warned that {C}.",
          "Schools in {PLACE} will remain closed until further notice.",
          "The company’s shares rose {PCT} percent in early trading in {PLACE}.",
          "Both sides accuse each other of breaking the terms of the 2021 agreement.",
          "Local media reported that {C}.");

  /** Quoted sentences, first person, each with its final punctuation. */
  static final List<String> QUOTES =
      List.of(
          "We’re not standing in the way of diplomacy.",
          "To the contrary, we’re exercising it virtually nonstop.",
          "This is a historic day for {PLACE}.",
          "We will continue to act as much as necessary to bring back the quiet.",
          "I don’t think anyone expected {TOPIC} to move this fast.",
          "Our approach is through quiet, intensive diplomacy.",
          "There is no military solution to this conflict.",
          "We have been very clear about our position on {TOPIC}.",
          "It’s up to the parties to make clear that they want a ceasefire.",
          "Why should families in {PLACE} pay for other people’s mistakes?",
          "The numbers speak for themselves.",
          "We won’t accept a deal that leaves our workers behind.",
          "I’ve spoken to {ORG} and they share our concerns.",
          "This is not the end, it’s the beginning.",
          "Frankly, I’m disappointed by what we’ve seen so far.",
          "We need more time to study the details of {TOPIC}.",
          "Nobody in {PLACE} wants another war.",
          "The instruction is to continue to strike terror targets.",
          "We thought it was very important to have this open discussion.",
          "I can’t comment on an ongoing investigation.",
          "Our hospitals are overwhelmed, and our staff are exhausted.",
          "Let me be clear: nothing has been decided yet.",
          "We will not be intimidated!",
          "These are difficult times for everyone in the region.",
          "If we think that there’s something that would advance peace, we would be for it.",
          "The government’s plan simply doesn’t add up.",
          "I have never seen anything like it in {AGE} years.",
          "It’s a good first step, but it is only a first step.",
          "Everyone who broke the law will be held accountable.",
          "We’ll keep working with our partners in {PLACE} and {ORG}.",
          "Is this really the best we can do?",
          "The U.S. remains committed to the process.",
          "People’s lives are at stake, and we can’t wait any longer.",
          "Prices will come down, but it will take months, not weeks.",
          "That’s simply not true.",
          "We are ready to talk, but not under these conditions.");

  /** Fragments quoted inside a narrated sentence (partial quotes). */
  static final List<String> PARTIAL_QUOTES =
      List.of(
          "a historic step",
          "deeply irresponsible",
          "the worst crisis in a generation",
          "completely unacceptable",
          "a betrayal of our values",
          "cautiously optimistic",
          "a turning point",
          "nothing short of a disaster",
          "very encouraging",
          "premature and reckless",
          "a matter of life and death",
          "the right thing to do");

  /** Narrated claims (reported speech, no quote marks). */
  static final List<String> CLAIMS =
      List.of(
          "the talks would resume {DAY}",
          "{ORG} had not been consulted",
          "the government would review {TOPIC}",
          "more than {NUM} people had been evacuated from {PLACE}",
          "the proposal was unlikely to pass",
          "there had been progress on {TOPIC}",
          "the country’s reserves were sufficient",
          "{P} had been misquoted",
          "the figures would be revised in the spring");

  static final List<String> SPEECH_VERBS =
      List.of(
          "said", "said", "said", "added", "told reporters", "warned", "insisted", "noted",
          "explained", "told Reuters", "argued", "said on {DAY}");

  static final List<String> APPOSITIVES =
      List.of(
          "a spokesperson for {ORG}",
          "who has led the negotiations since 2020",
          "the head of the regional office",
          "a senior adviser to the government",
          "an economist at {ORG}");

  static final List<String> SLOGANS =
      List.of(
          "Clean Streets", "Zero Tolerance", "Safe Home", "Open Doors", "Back to Work",
          "Fair Share");

  static final List<String> OUTLETS =
      List.of("wire", "daily-herald", "evening-post", "global-times", "metro-news");

  private Phrasebook() {}
}
