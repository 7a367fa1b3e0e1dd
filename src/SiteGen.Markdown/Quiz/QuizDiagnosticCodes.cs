namespace SiteGen.Markdown.Quiz;

/// <summary>Stable diagnostic codes of the quiz recogniser. Tests and the Core refer to these, never to wording.</summary>
public static class QuizDiagnosticCodes
{
    /// <summary>A line that nearly is a "Wrong answers:" marker (misspelt), so the question was not recognised.</summary>
    public const string NearMissMarker = "SG0301";

    /// <summary>A question with no correct option.</summary>
    public const string NoCorrectOption = "SG0302";

    /// <summary>A question with no wrong option.</summary>
    public const string NoWrongOption = "SG0303";

    /// <summary>A correct option is repeated among the wrong ones.</summary>
    public const string CorrectOptionAlsoWrong = "SG0304";

    /// <summary>A second marker under one question; it is treated as an explanation label.</summary>
    public const string SecondMarker = "SG0305";

    /// <summary>"Select TWO/THREE" disagrees with the number of correct options.</summary>
    public const string SelectCountMismatch = "SG0306";

    /// <summary>A question-like heading in a quiz section with no recognisable answer (declined).</summary>
    public const string NoRecognisableAnswer = "SG0307";

    /// <summary>A marker the recogniser accepts but that is misspelt ("Wrong asnwers:", "Wrong answer", "Wrong:").</summary>
    public const string MisspeltMarker = "SG0308";
}
