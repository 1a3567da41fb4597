"""openfootball's football.txt format: reading results, and writing them back."""
