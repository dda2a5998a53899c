using System.CommandLine;
using ValueFlows.Rdf;

namespace ValueFlows.Cli.Commands;

/// <summary><c>vf convert IN OUT</c>: reads one RDF document and writes it in another format, streaming.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("IN") { Description = "Input file, or - for standard input." };
        var output = new Argument<string>("OUT") { Description = "Output file, or - for standard output." };
        var from = new Option<string?>("--from") { Description = "Input format (else from IN's extension)." };
        var to = new Option<string?>("--to") { Description = "Output format (else from OUT's extension)." };
        var baseIri = new Option<string?>("--base") { Description = "Base IRI of the input, against which its relative IRIs resolve." };
        var stream = new Option<bool>("--stream")
        {
            Description = "Write Turtle/TriG/RDF-XML as it reads, without nesting blank nodes (constant memory for huge inputs).",
        };
        var command = new Command("convert", "Convert an RDF document between formats.") { input, output, from, to, baseIri, stream };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var inPath = parse.GetValue(input)!;
            var outPath = parse.GetValue(output)!;
            var inFormat = FormatNames.Resolve(parse.GetValue(from), inPath, "from");
            var outFormat = FormatNames.Resolve(parse.GetValue(to), outPath, "to");
            var readerOptions = RdfReaderOptions.Default.WithBaseIri(parse.GetValue(baseIri) ?? DefaultBase(inPath));
            var writerOptions = RdfWriterOptions.Default.WithPretty(!parse.GetValue(stream));
            Convert(inPath, inFormat, readerOptions, outPath, outFormat, writerOptions);
        }));
        return command;
    }

    private static string? DefaultBase(string path) =>
        path == "-" ? null : "file://" + string.Join('/', Path.GetFullPath(path).Split('/').Select(Uri.EscapeDataString));

    private static void Convert(
        string inPath, RdfFormat inFormat, RdfReaderOptions readerOptions, string outPath, RdfFormat outFormat, RdfWriterOptions writerOptions)
    {
        using var inStream = inPath == "-" ? Console.OpenStandardInput() : File.OpenRead(inPath);
        var tempPath = outPath == "-" ? null : outPath + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var outStream = tempPath is null ? Console.OpenStandardOutput() : File.Create(tempPath))
            using (var reader = inFormat.CreateReader(inStream, readerOptions))
            using (var writer = outFormat.CreateWriter(outStream, writerOptions))
            {
                reader.PrefixDeclared += writer.WritePrefix;
                while (reader.TryRead(out var quad))
                {
                    writer.Write(quad);
                }

                writer.Finish();
            }

            // Nothing half-written: the output appears only when the whole input has been read.
            if (tempPath is not null)
            {
                File.Move(tempPath, outPath, overwrite: true);
            }
        }
        finally
        {
            if (tempPath is not null && File.Exists(tempPath))
            {
                File.Delete(tempPath);
            }
        }
    }
}
