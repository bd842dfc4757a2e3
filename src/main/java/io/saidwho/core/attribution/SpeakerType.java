package io.saidwho.core.attribution;

/** What kind of entity a speaker is. */
public enum SpeakerType {
  PERSON("person"),
  ORGANIZATION("organization"),
  /** Several named speakers at once ("Lee and Park wrote"). */
  GROUP("group");

  private final String label;

  SpeakerType(String label) {
    this.label = label;
  }

  /** The value written to the {@code speaker_type} column. */
  public String label() {
    return label;
  }
}
