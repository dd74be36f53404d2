package dev.losi.io;

import java.util.List;

/** The column names of the long and wide assessment layouts (see {@code docs/formats.md}). */
final class AssessmentColumns {

  static final String CITY_ID = "city_id";
  static final String CITY_NAME = "city_name";
  static final String COUNTRY = "country";
  static final String ASSESSOR = "assessor";
  static final String INDICATOR = "indicator";
  static final String VALUE = "value";
  static final String EVIDENCE_CHANNEL = "evidence_channel";
  static final String EVIDENCE_URL = "evidence_url";
  static final String NOTE = "note";
  static final String DATE = "date";
  static final String INSTRUMENT = "instrument";
  static final String POPULATION = "population";
  static final String SIZE_CLASS = "size_class";
  static final String REGION = "region";

  static final List<String> LONG_REQUIRED = List.of(CITY_ID, CITY_NAME, COUNTRY, ASSESSOR, INDICATOR, VALUE);
  static final List<String> LONG_COLUMNS = List.of(CITY_ID, CITY_NAME, COUNTRY, ASSESSOR, INDICATOR, VALUE,
      EVIDENCE_CHANNEL, EVIDENCE_URL, NOTE, DATE, INSTRUMENT, POPULATION, SIZE_CLASS, REGION);
  static final List<String> WIDE_REQUIRED = List.of(CITY_ID, CITY_NAME, COUNTRY, ASSESSOR);
  static final List<String> WIDE_META = List.of(CITY_ID, CITY_NAME, COUNTRY, ASSESSOR, DATE, INSTRUMENT,
      POPULATION, SIZE_CLASS, REGION);
  static final String SUFFIX_CHANNEL = ":channel";
  static final String SUFFIX_URL = ":url";
  static final String SUFFIX_NOTE = ":note";

  private AssessmentColumns() {}

  /** The model field name of a city problem as the column it was read from. */
  static String columnFor(String modelField) {
    switch (modelField) {
      case "id":
        return CITY_ID;
      case "name":
        return CITY_NAME;
      case "sizeClass":
        return SIZE_CLASS;
      default:
        return modelField;
    }
  }
}
