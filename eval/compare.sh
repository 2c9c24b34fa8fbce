#!/bin/bash
# The figures of two eval/all.sh outputs that differ: the tune/check tables, the protokoll probe's overall row and
# every probe's line, over its own documents and over all probes' in one index (timings left out: they differ run to
# run).
figures() {
  grep -E "^=== |^│ (n|recall@1|recall@5|recall@10|mrr@10|answer_contains|citations_valid|abstained_unanswerable|false_abstention) +│ +[^│]+│ +[^│]+│ +[^│]+│$|^(together-)?[a-z]: answerable|^│ overall" "$1" \
    | sed -E 's/^(│ overall( +│ +[^│]+){9}).*/\1/'
}
diff <(figures "$1") <(figures "$2") && echo "no figure differs"
