# Synthetic statements for make bench, made from the seeds (input/*).
# usage: awk -v n=N -v dir=DIR -f gen.awk input/*
# Statement i is seed i mod (number of seeds), with 1–4 extra paragraphs
# after its middle paragraph (so ids and lengths vary), and every 100th
# statement padded with such paragraphs to about 100 KB.  Every extra
# paragraph carries i, so no two statements have the same bytes.
BEGIN { RS = ""; ORS = "\n\n" }
FNR == 1 { seeds++ }
{ para[seeds, ++count[seeds]] = $0 }
END {
    filler = "The European Union recalls in this context the importance of an inclusive " \
             "electoral process, of equal conditions for all candidates, of the freedom " \
             "of assembly and expression, and of the independence of the media, and " \
             "calls on the authorities to follow up on the recommendations of the " \
             "election observation mission in a transparent manner."
    for (i = 0; i < n; i++) {
        s = i % seeds + 1
        file = sprintf("%s/s%05d.txt", dir, i)
        extra = i % 100 == 99 ? 250 : 1 + i % 4
        middle = int((count[s] + 1) / 2)
        for (k = 1; k <= count[s]; k++) {
            print para[s, k] > file
            if (k == middle)
                for (e = 0; e < extra; e++)
                    printf "Statement %d, note %d. %s\n\n", i, e, filler > file
        }
        close(file)
    }
}
