#!/bin/sh
# Made-up news articles for the store's tests: sh tests/store/make_articles.sh N SENTENCES
# writes N JSON Lines articles of SENTENCES sentences each (one event per sentence, from 16
# countries and 6 verbs), with ids, dates over a year and five sources.
awk -v n="$1" -v m="$2" 'BEGIN {
  split("Russia Ukraine China Japan Germany Sudan Iran Israel India Pakistan Turkey Egypt Kenya Somalia Brazil Argentina", c, " ")
  split("criticised|praised|accused|threatened|attacked|invited", v, "|")
  for (i = 1; i <= n; i++) {
    text = ""
    for (k = 0; k < m; k++) {
      a = c[1 + (i * 7 + k * 3) % 16]; b = c[1 + (i * 5 + k * 11 + 1) % 16]
      if (a == b) b = "France"
      text = text a " " v[1 + (i + k) % 6] " " b ". "
    }
    printf "{\"id\": \"gen-%d\", \"date\": \"2025-%02d-%02d\", \"source\": \"desk%d\", \"text\": \"%sThis was report %d.\"}\n",
      i, 1 + i % 12, 1 + i % 28, i % 5, text, i
  }
}'
