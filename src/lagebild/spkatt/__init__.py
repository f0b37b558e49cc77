"""The SpkAtt-2023 speaker attribution task: its files, lagebild's predictions, their scores."""
