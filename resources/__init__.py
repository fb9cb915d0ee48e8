"""Resources shipped with the program: translations, fonts, icons."""
