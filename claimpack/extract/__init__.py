"""Find what an article contains, token by token: figures and numbers, quotes and their cues,
names, noun phrases, photo captions. Nothing here decides who said what; resolve/ does."""
