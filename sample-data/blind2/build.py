#!/usr/bin/env python3
"""Builds blind2-gold.jsonl from the hand decisions below (adapted from sample-data/heldout/build.py).

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
    closing mark only at the end; the whole quote is ONE row; paragraphs may be separated by a
    blank line), or a NESTED mark: a quote inside an annotated quote (strictly between a row's
    start and end, e.g. ‘… “the best that can be afforded” …’). Nested quotes are not separate rows
    (rows never overlap); the outer row covers them.
  * a prefix may carry left context: "offer |‘a slap" means the opening mark must be preceded
    by "offer " (used when the same words are quoted twice).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldbuild import N, O, P, build  # noqa: E402

WINDOW = 400  # wider than heldout (260): some attributions here sit a paragraph away

# (doc, prefix, kind, speaker, speaker_type, mention, cue, note)
B1, B2, B3, B4 = "b01_nurses_dispute.txt", "b02_rate_decision.txt", "b03_tennis_final.txt", "b04_airline_outage.txt"
B5, B6, B7, B8 = "b05_museum_repatriation.txt", "b06_drug_trial.txt", "b07_mining_accident.txt", "b08_uk_resignation.txt"
NASU = "Nursing and Allied Staff Union"
D = [
    # ---------------- b01 (British style: curly single quotes ‘…’ main, curly double “…” nested) ----------------
    (B1, "offer |‘a slap in the face", "partial", NASU, O, "union", "brands",
     "headline; speaker from the headline's own attribution ('union brands'); body has 'Union negotiators' "
     "(plural, null); borderline: null is the alternative"),
    (B1, "a wake-up call", "partial", "Siobhan McAllister-Grant", P, "Siobhan McAllister-Grant", "said",
     "hyphenated surname; apposition 'the union’s general secretary'"),
    (B1, "Our members have", "direct", "Siobhan McAllister-Grant", P, "she", "said", "'she' = McAllister-Grant"),
    (B1, "They were told the offer", "direct", "Siobhan McAllister-Grant", P, "she", "said",
     "contains a nested double-quoted phrase “the best that can be afforded” (the trust's words, not a separate row)"),
    (B1, "package |‘a slap in the face", "partial", None, P, "Union negotiators", "called",
     "plural speaker: null"),
    (B1, "no more money", "partial", "Olumide Adebayo-Cole", P, "Dr Olumide Adebayo-Cole", "warned",
     "British 'Dr' without period; speaker without the title"),
    (B1, "I understand the anger", "direct", "Olumide Adebayo-Cole", P, "Dr Adebayo-Cole", "told", None),
    (B1, "But I cannot sign", "direct", "Olumide Adebayo-Cole", P, "Dr Adebayo-Cole", "told",
     "second piece after '…,’ Dr Adebayo-Cole told Radio Ashworth.'"),
    (B1, "derogations", "non-speech", None, N, None, None, "'so-called' term"),
    (B1, "I never thought", "direct", "Chloe Haverford", P, "she", "said",
     "'she' = Chloe Haverford (previous paragraph); contains a nested quote of her mother (“You don’t do this job…”), "
     "which is not a separate row"),
    (B1, "I voted yes", "direct", "Nathaniel Osei-Mensah", P, "he", "said",
     "quote follows the name sentence ('…was more cautious.'), 'he said' after"),
    (B1, "disappointed", "partial", "Department of Health and Social Care", O,
     "The Department of Health and Social Care", "said", "organization statement"),
    (B1, "Industrial action is", "direct", "Department of Health and Social Care", O, "a department spokesperson", "said",
     "unnamed spokesperson speaking for the organization -> the organization"),
    (B1, "We urge the union", "direct", "Department of Health and Social Care", O, "a department spokesperson", "said", None),
    (B1, "not be bounced", "partial", "Rajesh Venkataraman", P, "Health Secretary Rajesh Venkataraman", "telling", None),
    (B1, "more interested in headlines", "partial", None, P, "A senior government source", "describing",
     "anonymous source: null"),
    (B1, "lost control", "partial", "Bronwen Ap-Rhys", P, "Bronwen Ap-Rhys", "said",
     "apposition 'The opposition’s health spokeswoman, Bronwen Ap-Rhys,'"),
    (B1, "This is what happens", "direct", "Bronwen Ap-Rhys", P, "she", "said", None),
    (B1, "Patients are not", "direct", "Margaret Lindqvist-Hale", P, "she", "said",
     "'she' = Prof. Margaret Lindqvist-Hale (same paragraph); the paragraph before is about the charity"),

    # ---------------- b02 (Reuters, straight double quotes) ----------------
    (B2, "not on the table\" this", "partial", "Central Bank of Estravia", O, "Estravian central bank", "signals",
     "headline; speaker from the headline's attribution (the bank); body has the governor say it; "
     "borderline: Ingrid van der Berg-Solheim is the alternative"),
    (B2, "Rate cuts are not", "direct", "Ingrid van der Berg-Solheim", P, "van der Berg-Solheim", "told",
     "lower-case particle surname at sentence position after the quote"),
    (B2, "We have made good", "direct", "Ingrid van der Berg-Solheim", P, "van der Berg-Solheim", "told", None),
    (B2, "Wage settlements", "direct", "Ingrid van der Berg-Solheim", P, None, None,
     "free-standing quote paragraph with no attribution of its own; speaker from the previous quote paragraph; "
     "mention and cue null"),
    (B2, "stands ready", "partial", "Central Bank of Estravia", O, "The bank's statement", "said",
     "predicate whose subject ('the board') is in the writer's words; document as channel -> the bank"),
    (B2, "an unnecessary recession", "partial", "Tomasz Wierzbicki", P, "he", "warned",
     "'he' = Deputy Governor Tomasz Wierzbicki (same paragraph)"),
    (B2, "healthy.", "partial", "Ingrid van der Berg-Solheim", P, "van der Berg-Solheim", "said",
     "one-word predicate adjective; period inside the marks"),
    (B2, "I would be more worried", "direct", "Ingrid van der Berg-Solheim", P, "she", "added",
     "starts right after the previous quote's closing mark + space"),
    (B2, "She has basically", "direct", "Priya Chandrasekhar", P, "Priya Chandrasekhar", "said",
     "'said X, chief economist…' inversion; the 'She' inside the quote is the governor, not the speaker"),
    (B2, "People were reading", "direct", "Jonas Ekwueme-Lund", P, "he", "told",
     "'he' = Jonas Ekwueme-Lund (previous paragraph, no quote there)"),
    (B2, "second-round effects", "partial", None, P, "Two policymakers", "said",
     "plural anonymous speakers: null; borderline with non-speech (technical term)"),
    (B2, "Nobody wants to cut", "direct", None, P, "a source familiar with the board's discussions", "said",
     "anonymous source: null"),
    (B2, "but families with", "direct", "Jean-Luc de Ravenel", P, "Finance Minister Jean-Luc de Ravenel", "wrote",
     "post on X; full clause starting in lower case after the writer's 'that he respected…,' -> direct; borderline"),
    (B2, "The minister should", "direct", "Aleksandra Mirkovic-Hayes", P, "Aleksandra Mirkovic-Hayes", "said",
     "'said X, finance spokeswoman…' inversion; preceded by 'Opposition lawmakers accused him…' (plural)"),
    (B2, "If wage growth", "direct", "Priya Chandrasekhar", P, "she", "said",
     "'she' = Chandrasekhar ('Some, including Chandrasekhar, see a risk…', previous paragraph)"),
    (B2, "higher for longer", "non-speech", None, N, None, None, "'so-called' label"),

    # ---------------- b03 (web, curly double quotes, nested curly single) ----------------
    (B3, "I still can’t believe it”\n", "direct", "Kenza El-Amrani", P, "El-Amrani", None,
     "headline with colon; no speech verb; cue null"),
    (B3, "I still can’t believe it,", "direct", "Kenza El-Amrani", P, "El-Amrani", "said", None),
    (B3, "When I was down", "direct", "Kenza El-Amrani", P, "El-Amrani", "said", None),
    (B3, "Honestly, the crowd", "direct", "Kenza El-Amrani", P, "she", "said",
     "'she' = El-Amrani (previous paragraph, after a Brzezińska paragraph)"),
    (B3, "My dad always", "direct", "Kenza El-Amrani", P, "she", "said",
     "contains the father's words in nested ‘…’ (not a separate row)"),
    (B3, "So tonight", "direct", "Kenza El-Amrani", P, "she", "said", None),
    (B3, "In February", "direct", "Marc-Antoine Delacroix", P, "Delacroix", "told", None),
    (B3, "the hardest worker", "partial", "Marc-Antoine Delacroix", P, "He", "described", None),
    (B3, "the best shot", "partial", "Marc-Antoine Delacroix", P, "He", "said", None),
    (B3, "She played unbelievable", "direct", "Zofia Brzezińska", P, "the 27-year-old Pole", "said",
     "mention is a description; name 'Brzezińska' opens the paragraph"),
    (B3, "No excuses", "direct", "Zofia Brzezińska", P, "she", "said",
     "verbless but a free-standing utterance with 'she said' -> direct; borderline"),
    (B3, "She was better", "direct", "Zofia Brzezińska", P, "she", "said", None),
    (B3, "one of the great", "partial", "Hana Takeda-Morris", P, "who", "called",
     "relative pronoun; the trophy presenter Sir Alistair Pembury-Vane is not the speaker"),
    (B3, "proud beyond words", "partial", "Leila Benjelloun-Haddad", P,
     "Moroccan Sports Minister Leila Benjelloun-Haddad", "wrote", "post on X"),
    (B3, "Kenza has shown", "direct", "Leila Benjelloun-Haddad", P,
     "Moroccan Sports Minister Leila Benjelloun-Haddad", "adding", "colon lead-in after 'adding:'"),
    (B3, "Halvorsen curse", "non-speech", None, N, None, None, "'so-called' label"),

    # ---------------- b04 (AP, straight double quotes, nested straight single) ----------------
    (B4, "ground stop", "non-speech", None, N, None, None, "aviation term; borderline (appears in an FAA 'said' sentence)"),
    (B4, "We sincerely apologize", "direct", "SkyMeridian Airlines", O, "the airline", "said",
     "'in a statement'; organization"),
    (B4, "That is on us", "direct", "T.J. Whitcombe", P, "Whitcombe", "said",
     "name with initials ('SkyMeridian CEO T.J. Whitcombe told The Associated Press…' in the previous paragraph)"),
    (B4, "reasonable", "partial", "T.J. Whitcombe", P, "He", "said", None),
    (B4, "They keep saying", "direct", "Rosalind Achterberg", P, "she", "said",
     "nested 'one more hour,' (airline staff's words) is not a separate row"),
    (B4, "It's been one more", "direct", "Rosalind Achterberg", P, "she", "said", None),
    (B4, "Passengers should not", "direct", "Denise Kowalczyk-Rahman", P, "Kowalczyk-Rahman", "wrote",
     "post on X ('wrote on X')"),
    (B4, "This is the third", "direct", "Denise Kowalczyk-Rahman", P, "she", "told", "'she told CNN'"),
    (B4, "fragile", "partial", None, P,
     "A person familiar with the airline's technology operations", "said",
     "anonymous source reporting a word from an internal review; null; borderline"),
    (B4, "Everybody knew", "direct", None, P, "the person", "said", "anonymous source: null"),
    (B4, "invests hundreds", "partial", "Gabriela Montes de Oca", P, "Gabriela Montes de Oca", "said",
     "named spokesperson -> the person (alternative: SkyMeridian Airlines); particle name 'Montes de Oca'"),
    (B4, "a full and transparent", "partial", "Gabriela Montes de Oca", P, "Gabriela Montes de Oca", "said", None),
    (B4, "repeatedly and in writing", "partial", "Allied Pilots Council", O, "The Allied Pilots Council", "said",
     "'in a statement'"),
    (B4, "Management chose", "direct", "Obinna Eze-Whitfield", P, "Capt. Obinna Eze-Whitfield", "said",
     "'said Capt. X, the union's chairman' inversion; speaker without 'Capt.'"),
    (B4, "These are systems", "direct", "Henrik Vasquez", P, "Henrik Vasquez", "said",
     "long quote, inverted 'said X' after; preceded by 'Aviation analysts said…' (plural)"),
    (B4, "I'm not going to pretend", "direct", "T.J. Whitcombe", P, "he", "said",
     "'he' = Whitcombe (previous paragraph)"),

    # ---------------- b05 (curly double quotes, one multi-paragraph quote) ----------------
    (B5, "This is the right decision", "direct", "Hendrik van Oosterhout", P, "Prof. Hendrik van Oosterhout", "said",
     "apposition 'the museum’s director, Prof. …'; particle 'van'"),
    (B5, "The archive is", "direct", "Hendrik van Oosterhout", P, "he", "said",
     "'he' = Van Oosterhout (previous paragraph)"),
    (B5, "legally acquired", "partial", "Halbrook Museum of World Cultures", O, "the museum’s", None,
     "'the museum’s position was that…'; no speech verb; borderline with non-speech (scare quote)"),
    (B5, "Shadows of the Court", "non-speech", None, N, None, None, "exhibition title"),
    (B5, "a day our grandparents", "partial", "Adaeze Nwachukwu-Bello", P, "Dr. Adaeze Nwachukwu-Bello", "called",
     "apposition 'Kanem-Sahel’s Minister of Culture, Dr. …'"),
    (B5, "When I was a child", "direct", "Adaeze Nwachukwu-Bello", P, None, None,
     "multi-paragraph quote (2 paragraphs, blank line between; no closing mark after the first), ONE row; no "
     "attribution of its own: speaker from the previous paragraph and the following 'She said'; mention and cue null"),
    (B5, "four generations", "partial", "Abdoulaye Mahamat al-Kanemi", P, "he", "said",
     "'Prince' dropped; 'al-' particle; 'Through an interpreter'"),
    (B5, "My great-grandfather", "direct", "Abdoulaye Mahamat al-Kanemi", P, "he", "said", None),
    (B5, "dangerous precedent", "partial", "Reginald Ashcombe-Pryor", P, "Sir Reginald Ashcombe-Pryor", "told",
     "'Sir' dropped; told the Halbrook Evening Post"),
    (B5, "Where does it end?", "direct", "Reginald Ashcombe-Pryor", P, "he", "said", "question"),
    (B5, "If every object", "direct", "Reginald Ashcombe-Pryor", P, "he", "said", None),
    (B5, "where does it end” as", "partial", None, P, "museums", None,
     "a phrase attributed to 'museums' (generic plural) inside Diallo-Sørensen's indirect speech; null; "
     "borderline: non-speech (mention of a phrase) or Reginald Ashcombe-Pryor are alternatives"),
    (B5, "It ends when", "direct", "Amara Diallo-Sørensen", P, "she", "said", "'she' = Amara Diallo-Sørensen"),
    (B5, "respects the independence", "partial", "Ministry of Culture in Halbrook", O, "A ministry spokesperson",
     "said", "unnamed spokesperson -> organization; name as the article gives it ('The Ministry of Culture in "
     "Halbrook'), to keep it apart from Kanem-Sahel's Ministry of Culture"),
    (B5, "Returning", "non-speech", None, N, None, None, "provisional exhibition title"),
    (B5, "I have had calls", "direct", "Hendrik van Oosterhout", P, "he", "said",
     "'Van Oosterhout said…' earlier in the paragraph"),

    # ---------------- b06 (Reuters, straight double quotes, Q&A not annotated) ----------------
    (B6, "These are the most", "direct", "Sunita Raghunathan", P, "Dr. Sunita Raghunathan", "said", "'in a statement'"),
    (B6, "We think we have", "direct", "Graham O'Sullivan-Reyes", P, "he", "said",
     "'he' = Graham O'Sullivan-Reyes (previous paragraph); apostrophe inside the name"),
    (B6, "But we're not going", "direct", "Graham O'Sullivan-Reyes", P, "he", "said", None),
    (B6, "a genuine step", "partial", "Matthias Oberholzer", P, "Prof. Matthias Oberholzer", "called", None),
    (B6, "A 31% slowing", "direct", "Matthias Oberholzer", P, "Oberholzer", "said", None),
    (B6, "What I want to see", "direct", "Matthias Oberholzer", P, "Oberholzer", "said", None),
    (B6, "My phone has", "direct", "Yuki Hasegawa-Trent", P, "she", "said", "'she' = Dr. Yuki Hasegawa-Trent"),
    (B6, "People are asking", "direct", "Yuki Hasegawa-Trent", P, "she", "said",
     "contains nested 'Can I get it now?' (patients' words), not a separate row"),
    (B6, "This removes", "direct", "Deepak Venkatesan", P, "Deepak Venkatesan", "wrote",
     "'wrote X, an analyst…, in a note to clients'"),
    (B6, "The market is pricing", "direct", "Lorraine Bellweather-Cho", P, "Lorraine Bellweather-Cho", "said", None),
    (B6, "Neither is.", "direct", "Lorraine Bellweather-Cho", P, "Lorraine Bellweather-Cho", "said",
     "elliptical clause, second piece"),
    (B6, "real hope", "partial", "Alzheimer's Families Network", O, "The Alzheimer's Families Network", "said", None),
    (B6, "A breakthrough that", "direct", "Alzheimer's Families Network", O, "the group", "said", None),
    (B6, "amyloid hypothesis", "non-speech", None, N, None, None, "'so-called' term"),
    (B6, "but they make it", "direct", "Matthias Oberholzer", P, "Oberholzer", "said",
     "full clause in lower case continuing indirect speech -> direct; borderline (partial)"),

    # ---------------- b07 (Reuters, curly double quotes, nested curly single) ----------------
    (B7, "estamos bien", "direct", None, P, "a handwritten note", "reading",
     "written note by the trapped miners (plural, unnamed): null; Spanish; borderline"),
    (B7, "all 14 of us", "direct", None, P, "a handwritten note", "reading",
     "the writer's translation of the note, set off by dashes; borderline (could be non-speech)"),
    (B7, "They are alive", "direct", "Carolina Ibarra de la Fuente", P,
     "Mining Minister Carolina Ibarra de la Fuente", "told", "Spanish double surname with particle"),
    (B7, "Our only focus", "direct", "Ricardo Valdivieso Anwandter", P, "he", "said",
     "'he' = Ricardo Valdivieso Anwandter (same paragraph)"),
    (B7, "We inspected", "direct", "Rodrigo Sepúlveda", P, "Sepúlveda", "said", "'Chief Inspector' title in the previous paragraph"),
    (B7, "We need to establish", "direct", "Rodrigo Sepúlveda", P, "Sepúlveda", "said", None),
    (B7, "If we find", "direct", "Rodrigo Sepúlveda", P, "he", "said", "colon lead-in 'he said:'"),
    (B7, "The refuge did", "direct", "Tomás Huenchumilla", P, "rescue coordinator Tomás Huenchumilla", "said",
     "preceded by 'Rescuers said…' (plural)"),
    (B7, "When they told us", "direct", "Marisol Quispe", P, "she", "said",
     "'she' = Marisol Quispe; the husband Javier is named in the apposition"),
    (B7, "Javier always says", "direct", "Marisol Quispe", P, "she", "said",
     "contains Javier's words in nested ‘…’, not a separate row"),
    (B7, "We have been asking", "direct", "Gladys Quispe Mamani", P, "she", "said", None),
    (B7, "death trap", "partial", None, P, "members", "described",
     "words from the members' letter, reported by Aravena; plural -> null; borderline: Héctor Aravena"),
    (B7, "We put it in writing", "direct", "Héctor Aravena", P, "Aravena", "said", None),
    (B7, "received and addressed", "partial", "Minera Cordillera Norte", O, "Minera Cordillera Norte", "said",
     "'in a statement'"),
    (B7, "spare no effort", "partial", "Andrés Lagos", P, "President Andrés Lagos", "said", None),
    (B7, "Chile knows", "direct", "Andrés Lagos", P, "he", "said", None),
    (B7, "The geology", "direct", "Ximena Oyarzún", P, "Dr. Ximena Oyarzún", "said", "preceded by 'Experts cautioned'"),

    # ---------------- b08 (British, straight single quotes main, straight double nested) ----------------
    (B8, "breaking faith", "partial", "Catriona MacLeod-Barr", P, "Minister", "accusing",
     "headline; straight single quotes"),
    (B8, "broken faith", "partial", "Catriona MacLeod-Barr", P, "The housing minister Catriona MacLeod-Barr", "saying", None),
    (B8, "I cannot in good", "direct", "Catriona MacLeod-Barr", P, "she", "wrote",
     "resignation letter; colon lead-in; contains nested \"we will build\" (not a separate row); the "
     "Prime Minister named just before is the addressee, not the speaker"),
    (B8, "sorry to lose", "partial", "Downing Street", O, "Downing Street", "said", None),
    (B8, "talented and hard", "partial", "Downing Street", O, "Downing Street", "said", None),
    (B8, "The Prime Minister thanks", "direct", "Downing Street", O, "The Prime Minister's official spokesman",
     "told", "unnamed official spokesman speaking for No 10 -> organization; borderline: Edmund Hartley-Crewe"),
    (B8, "I found out", "direct", "Catriona MacLeod-Barr", P, "she", "said", None),
    (B8, "No. Absolutely not", "direct", "Catriona MacLeod-Barr", P, "she", "said",
     "'She denied…' then quote; 'she' = MacLeod-Barr"),
    (B8, "She is the most honest", "direct", None, P, "One senior backbencher", "said",
     "anonymous source: null (colon lead-in)"),
    (B8, "always been clear", "partial", None, P, "A source close to the Chancellor", "saying",
     "anonymous source: null; the Chancellor (Sir Desmond Okonjo-Ward) named in apposition is NOT the speaker"),
    (B8, "falling apart", "partial", "Farida Rahimi", P, "Farida Rahimi", "said",
     "apposition 'The Leader of the Opposition, Farida Rahimi,'"),
    (B8, "When your own", "direct", "Farida Rahimi", P, "Ms Rahimi", "said", "apostrophes inside straight-single-quoted span"),
    (B8, "proud", "partial", "Geoffrey Pendle", P, "Geoffrey Pendle", "said", None),
    (B8, "sad to see", "partial", "Geoffrey Pendle", P, "Geoffrey Pendle", "said", None),
    (B8, "She did what", "direct", "Geoffrey Pendle", P, "he", "said", "'he' = Geoffrey Pendle"),
    (B8, "Ministerial resignations", "direct", "Anand Kulkarni", P, "he", "said", "'he' = Prof. Anand Kulkarni"),
    (B8, "getting Britain building", "non-speech", None, N, None, None,
     "'the phrase …': a slogan mentioned as a phrase; borderline (Downing Street uses the words earlier without quotes)"),
    (B8, "used against them", "partial", "Anand Kulkarni", P, "He", "added", None),
]

build(HERE, "blind2-gold.jsonl", D, WINDOW, blank_lines=True, nested=True)
