/**
 * Languages a worker may need to record or book an interpreter for. English names, written for this project.
 * Dialects that matter when booking an interpreter are listed as their own entries.
 */
export const languages: readonly string[] = [
  'Afrikaans', 'Akan (Twi)', 'Albanian', 'Albanian (Gheg)', 'Albanian (Tosk)', 'Amharic', 'Arabic',
  'Arabic (Egyptian)', 'Arabic (Gulf)', 'Arabic (Iraqi)', 'Arabic (Levantine)', 'Arabic (Libyan)',
  'Arabic (Moroccan Darija)', 'Arabic (Sudanese)', 'Arabic (Yemeni)', 'Armenian', 'Azerbaijani', 'Balochi',
  'Bambara', 'Belarusian', 'Bengali', 'Bosnian', 'British Sign Language', 'Bulgarian', 'Burmese', 'Cantonese',
  'Chechen', 'Chinese (Mandarin)', 'Croatian', 'Czech', 'Danish', 'Dari', 'Dinka', 'Dutch', 'Edo (Bini)', 'English',
  'Estonian', 'Ewe', 'Farsi (Persian)', 'Filipino (Tagalog)', 'Finnish', 'French', 'Fula', 'Ga', 'Georgian', 'German',
  'Greek', 'Gujarati', 'Hakka', 'Hausa', 'Hebrew', 'Hindi', 'Hungarian', 'Igbo', 'Ilocano', 'Indonesian', 'Italian',
  'Japanese', 'Kazakh', 'Khmer', 'Kinyarwanda', 'Kirundi', 'Korean', 'Krio', 'Kurdish (Badini)', 'Kurdish (Kurmanji)',
  'Kurdish (Sorani)', 'Kyrgyz', 'Lao', 'Latvian', 'Lingala', 'Lithuanian', 'Luganda', 'Macedonian', 'Malay',
  'Malayalam', 'Mandinka', 'Marathi', 'Moldovan', 'Mongolian', 'Nepali', 'Norwegian', 'Nuer', 'Oromo', 'Pashto',
  'Polish', 'Portuguese', 'Portuguese (Brazilian)', 'Punjabi', 'Romani', 'Romanian', 'Russian', 'Serbian', 'Shona',
  'Sinhala', 'Slovak', 'Slovenian', 'Somali', 'Soninke', 'Spanish', 'Swahili', 'Swedish', 'Sylheti', 'Tajik', 'Tamil',
  'Telugu', 'Thai', 'Tibetan', 'Tigre', 'Tigrinya', 'Turkish', 'Turkmen', 'Twi', 'Ukrainian', 'Urdu', 'Uyghur', 'Uzbek',
  'Vietnamese', 'Welsh', 'Wolof', 'Xhosa', 'Yoruba', 'Zulu',
];
