"""Isnad as a stage of an Apache Spark job: RDD.pipe() feeds each partition's
lines (articles as JSON lines, as examples/archive/folder-to-jsonl.mjs writes
them) to `isnad analyze --input jsonl` on the executor, which answers one
analysis a line in the same order. The driver then counts what came back.

    spark-submit --master 'local[2]' examples/archive/spark/isnad_pipe.py articles.jsonl out/
    # or: python examples/archive/spark/isnad_pipe.py articles.jsonl out/  (with pyspark installed)

Every executor needs Node 20+ and the built CLI (dist/cli.js and
dist/worker.js, from `npm run build`); ISNAD_CLI points at cli.js when the
repository is elsewhere.
"""
import json
import os
import sys
import time

from pyspark.sql import SparkSession

CLI = os.environ.get("ISNAD_CLI", os.path.join(os.path.dirname(__file__), "..", "..", "..", "dist", "cli.js"))


def main(source: str, out: str, partitions: int = 8) -> None:
    spark = SparkSession.builder.appName("isnad").getOrCreate()
    sc = spark.sparkContext
    articles = sc.textFile(source, minPartitions=partitions)
    # one thread per stage: Spark already runs one task per core
    command = ["node", os.path.abspath(CLI), "analyze", "--input", "jsonl", "--format", "jsonl", "--jobs", "1"]
    started = time.time()
    analyses = articles.pipe(command).map(json.loads).cache()
    total = analyses.count()
    failed = analyses.filter(lambda a: "error" in a).count()
    unsourced = analyses.map(lambda a: sum(1 for f in a.get("figures", []) if not f["sourced"])).sum()
    analyses.map(lambda a: json.dumps(a, ensure_ascii=False)).saveAsTextFile(out)
    print(f"{total} articles analysed ({failed} lines not read) in {time.time() - started:.1f} s; {unsourced} unsourced figures")
    spark.stop()


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: isnad_pipe.py ARTICLES.jsonl OUTDIR [PARTITIONS]")
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 8)
