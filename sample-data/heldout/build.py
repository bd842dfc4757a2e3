#!/usr/bin/env python3
"""Builds heldout-gold.jsonl from the hand decisions below.

Offsets are never typed by hand. Each decision names the article, a prefix of the quoted text
(optionally beginning with the opening mark itself, to pick a mark type), and the labels. The
script finds the unique opening mark followed by that prefix, finds the matching closing mark,
and computes start (first char after the opening mark) and end (index of the closing mark).

Checks (script exits non-zero on any failure):
  * the prefix occurs exactly once after an opening mark;
  * file_text[start:end] == text, char at start-1 is the opening mark, char at end the matching
    closing mark;
  * mention and cue occur within WINDOW chars of the quote; the speaker's name occurs in the
    article (for organizations/persons);
  * no overlapping rows, sorted by doc then start;
  * COVERAGE: every quote-like char in every file is a row boundary, an apostrophe (in-word,
    plural possessive s', decade '90s, or rock 'n' roll), or a paragraph-continuation opening
    mark inside a multi-paragraph row (convention: opening mark at each paragraph start,
    closing mark only at the end; the whole quote is ONE row).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldbuild import N, O, P, build  # noqa: E402

WINDOW = 260

# (doc, prefix, kind, speaker, speaker_type, mention, cue, note)
D = [
    # ---------------- h01 (straight quotes) ----------------
    ("h01_council_budget.txt", "'a slow-motion disaster", "partial", "Denise Okafor", P, "mayor", "calls",
     "headline, straight single quotes; words repeat the body quote"),
    ("h01_council_budget.txt", "This is a slow-motion", "direct", "Denise Okafor", P, "Okafor", "said",
     "surname-only mention; full name from lead (Mayor Denise Okafor)"),
    ("h01_council_budget.txt", "We're papering", "direct", "Denise Okafor", P, "Okafor", "said",
     "second part after 'Okafor said before the vote.'"),
    ("h01_council_budget.txt", "exaggerating for effect", "partial", "Gary Lindqvist", P,
     "Council President Gary Lindqvist", "said", "title + name with relative clause 'who wrote ...'"),
    ("h01_council_budget.txt", "Nobody's library", "direct", "Gary Lindqvist", P, "Lindqvist", "said", None),
    ("h01_council_budget.txt", "That's what residents", "direct", "Gary Lindqvist", P, "Lindqvist", "said", None),
    ("h01_council_budget.txt", "We can live with", "direct", "Luis Ortega", P, "he", "said",
     "'he' = Finance Director Luis Ortega, subject of the same paragraph"),
    ("h01_council_budget.txt", "We can't live", "direct", "Luis Ortega", P, "he", "said",
     "second span after '…,\" he said.'"),
    ("h01_council_budget.txt", "The rating agencies", "direct", "Luis Ortega", P, "Ortega", "told",
     "colon lead-in 'Ortega told reporters after the meeting:'; quote is the next paragraph (blank line between)"),
    ("h01_council_budget.txt", "Fund Our Streets", "non-speech", None, N, None, None,
     "slogan printed on stickers, not attributed speech; borderline"),
    ("h01_council_budget.txt", "I've called the city", "direct", "Maria Delgado", P, "Delgado", "said",
     "speaker introduced by apposition in the previous paragraph ('Maria Delgado, a nurse at St. Brendan's Hospital')"),
    ("h01_council_budget.txt", "I didn't run for office", "direct", "Priya Raman", P,
     "Councilmember Priya Raman", "said", "'said X' inversion with title"),
    ("h01_council_budget.txt", "no\" votes", "non-speech", None, N, None, None,
     "scare/term quote: the \"no\" votes"),
    ("h01_council_budget.txt", "finally takes", "partial", "Riverton Police Officers' Association", O,
     "The Riverton Police Officers' Association", "said", "organization statement"),
    ("h01_council_budget.txt", "tight but doable", "partial", "Gary Lindqvist", P, "Lindqvist", "according to",
     "'according to' attribution after the quote"),
    ("h01_council_budget.txt", "I'm going to read", "direct", "Denise Okafor", P, "she", "said",
     "'she' = Okafor (previous line)"),
    ("h01_council_budget.txt", "and then I'll make", "direct", "Denise Okafor", P, "she", "said",
     "continuation of interrupted quote"),

    # ---------------- h02 (curly quotes) ----------------
    ("h02_football_transfer.txt", "‘the final piece", "partial", "Owen Prideaux", P, "Prideaux", "hails",
     "headline, curly single quotes"),
    ("h02_football_transfer.txt", "We are delighted", "direct", "Castleford United", O, "the club", "said",
     "organization statement; 'the club' = Castleford United"),
    ("h02_football_transfer.txt", "He is a player our", "direct", "Castleford United", O, "the club", "said", None),
    ("h02_football_transfer.txt", "When I was a kid", "direct", "Mateo Ferreira", P, "Ferreira", "told", None),
    ("h02_football_transfer.txt", "To be here now", "direct", "Mateo Ferreira", P, "Ferreira", "told", None),
    ("h02_football_transfer.txt", "“the final piece", "partial", "Owen Prideaux", P,
     "Castleford manager Owen Prideaux", "described Ferreira as", None),
    ("h02_football_transfer.txt", "pace, power", "partial", "Owen Prideaux", P,
     "Castleford manager Owen Prideaux", "said", None),
    ("h02_football_transfer.txt", "He’s not the finished", "direct", "Owen Prideaux", P, "Prideaux", "said",
     "'said Prideaux, 51.' inversion"),
    ("h02_football_transfer.txt", "But you don’t find", "direct", "Owen Prideaux", P, "Prideaux", "said", None),
    ("h02_football_transfer.txt", "He wants to win", "direct", "Owen Prideaux", P, "Owen Prideaux", None,
     "pull quote with dash attribution '— Owen Prideaux'; no speech verb"),
    ("h02_football_transfer.txt", "not for sale", "partial", "Rui Macedo", P, "Rui Macedo", "said",
     "apposition 'The Portuguese club’s president, Rui Macedo,'"),
    ("h02_football_transfer.txt", "We did not want", "direct", "Rui Macedo", P, "Macedo", "said", None),
    ("h02_football_transfer.txt", "simply too big", "partial", "Rui Macedo", P, "Macedo", "adding", None),
    ("h02_football_transfer.txt", "the most chaotic", "partial", None, P,
     "One agent involved in the negotiations", "called",
     "anonymous source: no proper name recoverable, speaker null (speaker_type kept as person)"),
    ("h02_football_transfer.txt", "£42m for one good", "direct", "Lee Barnaby", P, "he", "said",
     "dash lead-in 'questioned the outlay — “…,” he said'; 'he' = Lee Barnaby"),
    ("h02_football_transfer.txt", "The Final Third", "non-speech", None, N, None, None, "podcast title"),
    ("h02_football_transfer.txt", "Finally, we’ve got", "direct", "Jenny Hollis", P, "Jenny Hollis", None,
     "colon lead-in with no speech verb ('was more upbeat:'); cue null; borderline"),
    ("h02_football_transfer.txt", "probably", "partial", "Owen Prideaux", P, "Prideaux", "said", None),

    # ---------------- h03 (straight quotes) ----------------
    ("h03_tech_earnings.txt", "'a marathon", "partial", "Rachel Nakamura", P, "CEO", "calls",
     "headline, straight single quotes"),
    ("h03_tech_earnings.txt", "We're seeing customers", "direct", "Rachel Nakamura", P,
     "Chief Executive Rachel Nakamura", "said", None),
    ("h03_tech_earnings.txt", "That's not a demand", "direct", "Rachel Nakamura", P,
     "Chief Executive Rachel Nakamura", "said", None),
    ("h03_tech_earnings.txt", "Halcyon Copilot", "non-speech", None, N, None, None,
     "product name in quotes; comma outside the marks"),
    ("h03_tech_earnings.txt", "AI is a marathon", "direct", "Rachel Nakamura", P, "she", "said", None),
    ("h03_tech_earnings.txt", "The companies that pull", "direct", "Rachel Nakamura", P, "she", "said", None),
    ("h03_tech_earnings.txt", "elongated sales", "partial", "Derek Osei", P, "he", "called",
     "'what he called \"…\"'; he = Osei"),
    ("h03_tech_earnings.txt", "Let me be very direct", "direct", "Derek Osei", P, "Osei", "told",
     "multi-paragraph quote (2 paragraphs), one row; colon lead-in on the previous line"),
    ("h03_tech_earnings.txt", "Is there a world", "direct", "Tomás Reyes", P, "he", "asked",
     "question; he = Marlow Securities analyst Tomás Reyes (accent)"),
    ("h03_tech_earnings.txt", "Yes,", "direct", "Derek Osei", P, "Osei", "replied",
     "one-word first piece of an interrupted direct quote"),
    ("h03_tech_earnings.txt", "but it requires us", "direct", "Derek Osei", P, "Osei", "replied", None),
    ("h03_tech_earnings.txt", "a reflection of our", "partial", "Halcyon Systems", O, "The company", "calling",
     "company statement"),
    ("h03_tech_earnings.txt", "They've been telling", "direct", "Hannah Voss", P, "Hannah Voss", "said",
     "'said X, a portfolio manager at …' inversion + apposition"),
    ("h03_tech_earnings.txt", "Market Open", "non-speech", None, N, None, None, "TV programme title"),
    ("h03_tech_earnings.txt", "taking share", "partial", "Ben Adeyemi", P, "Stratus CEO Ben Adeyemi", "told", None),
    ("h03_tech_earnings.txt", "We don't run this", "direct", "Rachel Nakamura", P, "she", "said",
     "'she' = Nakamura (previous sentence); dash after attribution"),

    # ---------------- h04 (curly quotes) ----------------
    ("h04_court_ruling.txt", "a blunt instrument", "partial", "Elena Marchetti", P,
     "Harlow County Circuit Judge Elena Marchetti", "wrote", "written opinion"),
    ("h04_court_ruling.txt", "The county may regulate", "direct", "Elena Marchetti", P, "Marchetti", "wrote", None),
    ("h04_court_ruling.txt", "It may not, under", "direct", "Elena Marchetti", P, "Marchetti", "wrote", None),
    ("h04_court_ruling.txt", "The record contains", "direct", "Elena Marchetti", P, "the judge", "wrote",
     "multi-paragraph quote (2 paragraphs), one row; mention is a definite description"),
    ("h04_court_ruling.txt", "a win for every", "partial", "Grace Whitlock", P, "Attorney Grace Whitlock", "called", None),
    ("h04_court_ruling.txt", "My clients aren’t", "direct", "Grace Whitlock", P, "Whitlock", "said", None),
    ("h04_court_ruling.txt", "They’re retirees", "direct", "Grace Whitlock", P, "Whitlock", "said", None),
    ("h04_court_ruling.txt", "We respectfully", "direct", "Marcus Bell", P, "County Counsel Marcus Bell", "said",
     "preceded by 'The county said it would appeal.'; the quote's own attribution is the person"),
    ("h04_court_ruling.txt", "Small Town", "non-speech", None, N, None, None, "book title"),
    ("h04_court_ruling.txt", "living next to", "partial", "Linda Faraday", P, "Commission Chair Linda Faraday", "said",
     "long relative clause (with a quoted title) between name and verb"),
    ("h04_court_ruling.txt", "People’s neighborhoods", "direct", "Linda Faraday", P, "she", "said", None),
    ("h04_court_ruling.txt", "We did what they", "direct", "Linda Faraday", P, "she", "said", None),
    ("h04_court_ruling.txt", "largely ignored", "partial", "Tom Reddick", P, "Sheriff Tom Reddick", "according to", None),
    ("h04_court_ruling.txt", "This ruling doesn’t", "direct", "Daniel Oyelaran", P, "state Rep. Daniel Oyelaran",
     "said", "'said X, a Democrat whose …' inversion"),

    # ---------------- h05 (straight quotes) ----------------
    ("h05_wildfire.txt", "We had a wind shift", "direct", "Carla Jimenez", P, "incident commander Carla Jimenez",
     "said", "lower-case title before the name"),
    ("h05_wildfire.txt", "The fire did exactly", "direct", "Carla Jimenez", P, "incident commander Carla Jimenez",
     "said", None),
    ("h05_wildfire.txt", "throwing everything", "partial", "Carla Jimenez", P, "Jimenez", "said", None),
    ("h05_wildfire.txt", "If you are in the orange", "direct", "Carla Jimenez", P, "she", "said",
     "'she' = Jimenez (previous paragraph)"),
    ("h05_wildfire.txt", "Leave now", "direct", "Carla Jimenez", P, "she", "said", "imperative"),
    ("h05_wildfire.txt", "Evacuation orders have", "direct", "Ormond County Office of Emergency Management", O,
     "The Ormond County Office of Emergency Management", "posted", "colon lead-in, social media post"),
    ("h05_wildfire.txt", "too early to draw", "partial", "Ormond County Sheriff's Office", O,
     "The Ormond County Sheriff's Office", "said", "organization statement"),
    ("h05_wildfire.txt", "The Little Lighthouse", "non-speech", None, N, None, None, "film title"),
    ("h05_wildfire.txt", "I've lived on Aspen", "direct", "Dale Whitaker", P, "Whitaker", "said",
     "contains '92 (decade apostrophe)"),
    ("h05_wildfire.txt", "I've never seen the sky", "direct", "Dale Whitaker", P, "Whitaker", "said", None),
    ("h05_wildfire.txt", "My husband called", "direct", "Tanya Brooks", P, "she", "said",
     "'she' = Tanya Brooks (apposition sentence on the previous line)"),
    ("h05_wildfire.txt", "Colorado is going", "direct", "Helen Strand", P, "Strand", "said", None),
    ("h05_wildfire.txt", "somewhere near", "partial", "Carla Jimenez", P, "Jimenez", "saying", None),

    # ---------------- h06 (curly quotes) ----------------
    ("h06_science.txt", "Frankly, we thought", "direct", "Imani Okoro", P, "lead author Dr. Imani Okoro", "said",
     "'said X, an astrophysicist at …'; speaker without the 'Dr.' title"),
    ("h06_science.txt", "We spent about four", "direct", "Imani Okoro", P, "lead author Dr. Imani Okoro", "said", None),
    ("h06_science.txt", "core accretion", "non-speech", None, N, None, None, "scare quote / technical term"),
    ("h06_science.txt", "doesn’t break physics", "partial", "Imani Okoro", P, "Okoro", "said",
     "predicate whose subject ('the discovery') is in the writer's words"),
    ("h06_science.txt", "Each one of them", "direct", "Pablo Sandoval", P, "he", "said",
     "'he' = Co-author Pablo Sandoval (previous paragraph line)"),
    ("h06_science.txt", "At that point, you stop", "direct", "Pablo Sandoval", P, "he", "said", None),
    ("h06_science.txt", "Back in the ’90s", "direct", "Pablo Sandoval", P, "Sandoval", "added",
     "contains ’90s (decade apostrophe)"),
    ("h06_science.txt", "It’s a beautiful", "direct", "Ruth Albrecht", P, "she", "said", "'she' = Dr. Ruth Albrecht"),
    ("h06_science.txt", "But I’d want to see", "direct", "Ruth Albrecht", P, "she", "said", None),
    ("h06_science.txt", "exactly the kind", "partial", "NASA", O, "NASA", "said", "organization statement"),
    ("h06_science.txt", "Worlds Beyond", "non-speech", None, N, None, None, "documentary title"),
    ("h06_science.txt", "I’ve been asked", "direct", "Imani Okoro", P, "she", "said", "'she' = Okoro"),
    ("h06_science.txt", "No. It means", "direct", "Imani Okoro", P, "she", "said", None),

    # ---------------- h07 (straight quotes) ----------------
    ("h07_campaign_stop.txt", "Fair shot!", "partial", None, N, None, None,
     "crowd chant ('a chant of \"…\"'): speech, but no nameable speaker; speaker null; borderline kind"),
    ("h07_campaign_stop.txt", "I'm not going to pretend", "direct", "Michelle Harper", P, "Harper", "told", None),
    ("h07_campaign_stop.txt", "But I know how to fight", "direct", "Michelle Harper", P, "Harper", "told", None),
    ("h07_campaign_stop.txt", "socialized insulin", "partial", "Wade Collins", P, "who", "has called",
     "relative pronoun 'who' = Sen. Wade Collins; words from TV ads"),
    ("h07_campaign_stop.txt", "the simplest promise", "partial", "Michelle Harper", P, "she", "called",
     "'she' = Harper"),
    ("h07_campaign_stop.txt", "Nobody in Ohio", "direct", "Michelle Harper", P, "she", "said", None),
    ("h07_campaign_stop.txt", "Not one person", "direct", "Michelle Harper", P, "she", "said",
     "verbless second piece after '…,\" she said.'; direct as part of a direct quote; borderline"),
    ("h07_campaign_stop.txt", "Michelle Harper has been", "direct", "Eli Brandt", P, "campaign spokesman Eli Brandt",
     "said", "the quote itself contains a person name (Michelle Harper) who is NOT the speaker"),
    ("h07_campaign_stop.txt", "two sides of", "partial", "Raymond Tuttle", P, "Independent candidate Raymond Tuttle",
     "called", None),
    ("h07_campaign_stop.txt", "leaning Harper", "partial", "Gloria Pinkney", P, "Gloria Pinkney", "said",
     "apposition 'Gloria Pinkney, 58, a retired school-bus driver from Kettering,'"),
    ("h07_campaign_stop.txt", "She came here", "direct", "Gloria Pinkney", P, "Pinkney", "said", None),
    ("h07_campaign_stop.txt", "It's all talk", "direct", "Darnell Hughes", P, "Darnell Hughes", "said", None),
    ("h07_campaign_stop.txt", "Polls in August", "direct", "Michelle Harper", P, "Harper", "said",
     "colon lead-in; quote on the next line"),

    # ---------------- h08 (curly quotes) ----------------
    ("h08_labour_strike.txt", "‘an insult", "partial", "International Harbour Workers’ Union Local 9", O, "union",
     "calls", "headline attributes the words to the union (the body has union president Frank DeLuca say "
     "them); borderline: Frank DeLuca is the alternative"),
    ("h08_labour_strike.txt", "This offer is an insult", "direct", "Frank DeLuca", P, "union president Frank DeLuca",
     "told", None),
    ("h08_labour_strike.txt", "We’re not going back", "direct", "Frank DeLuca", P, "union president Frank DeLuca",
     "told", None),
    ("h08_labour_strike.txt", "Automation is the whole", "direct", "Frank DeLuca", P, "he", "said", "'he' = DeLuca"),
    ("h08_labour_strike.txt", "They can give us", "direct", "Frank DeLuca", P, "he", "said", None),
    ("h08_labour_strike.txt", "the most generous", "partial", "Bellhaven Terminal Operators Association", O,
     "The operators association", "said", "organization statement; dashes inside the writer's sentence"),
    ("h08_labour_strike.txt", "We remain at the table", "direct", "Karen Lindholm", P, "Karen Lindholm", "said",
     "apposition 'the association’s chief negotiator, Karen Lindholm,'"),
    ("h08_labour_strike.txt", "But we can’t negotiate", "direct", "Karen Lindholm", P, "Karen Lindholm", "said", None),
    ("h08_labour_strike.txt", "I have two kids", "direct", "Ana Ruiz", P, "Ruiz", "said", None),
    ("h08_labour_strike.txt", "But I’m more scared", "direct", "Ana Ruiz", P, "Ruiz", "said", None),
    ("h08_labour_strike.txt", "within days", "partial", "Victor Amadi", P, "Victor Amadi", "warned",
     "'whose president, Victor Amadi, warned'; an 'according to' organization precedes in the same sentence"),
    ("h08_labour_strike.txt", "Nobody wins a long", "direct", "Theresa Quinlan", P, "Quinlan", "said", None),
    ("h08_labour_strike.txt", "I’m asking them", "direct", "Theresa Quinlan", P, "Quinlan", "said",
     "em-dashes inside the quote"),
    ("h08_labour_strike.txt", "as long as it takes", "partial", "Frank DeLuca", P, "DeLuca", None,
     "dash attribution after 'DeLuca didn’t hesitate —'; no speech verb; fragment"),
]

build(HERE, "heldout-gold.jsonl", D, WINDOW, blank_lines=False, nested=False)
