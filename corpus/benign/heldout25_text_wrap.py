# Reformat a plain text document: wrapped body, indented summary, a short preview.
import textwrap


def paragraphs(text):
    return [p.strip().replace("\n", " ") for p in text.split("\n\n") if p.strip()]


def main():
    with open("d07_notes.txt", encoding="utf-8") as fh:
        paras = paragraphs(fh.read())

    wrapper = textwrap.TextWrapper(width=60, initial_indent="    ",
                                   subsequent_indent="  ", break_long_words=False)
    out_lines = []
    for i, p in enumerate(paras, 1):
        out_lines.append(f"[{i}]")
        out_lines.extend(wrapper.wrap(p))
        out_lines.append("")

    summary = [textwrap.shorten(p, width=70, placeholder=" [...]") for p in paras]
    block = textwrap.indent("\n".join(summary), "> ")

    quoted = textwrap.dedent("""\
        Summary
        -------
        """) + block

    result = "\n".join(out_lines) + "\n" + quoted + "\n"
    with open("d07_formatted.txt", "w", encoding="utf-8") as fh:
        fh.write(result)
    print(result)
    words = sum(len(p.split()) for p in paras)
    print(f"{len(paras)} paragraphs, {words} words, "
          f"longest line {max(len(l) for l in out_lines)} chars")


main()
