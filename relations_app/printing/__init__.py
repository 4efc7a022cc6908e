"""The relationship overview on paper: a QTextDocument built from records, paginated
and painted on a printer or into a PDF. No widgets here."""
