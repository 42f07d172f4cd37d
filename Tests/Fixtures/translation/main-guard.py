import logging
import sys

total = 0


def add(n):
    global total
    total += n
    return total


def main():
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(threadName)s:%(message)s")
    logging.info("adding %d and %d", 2, 3)
    add(2)
    add(3)
    logging.debug("not shown")
    logging.warning("total is %s", total)
    sys.stdout.write("written directly\n")
    print("to stdout", file=sys.stdout)
    print(__name__)


if __name__ == "__main__":
    main()
