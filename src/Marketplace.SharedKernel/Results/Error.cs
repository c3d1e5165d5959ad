namespace Marketplace.SharedKernel.Results;

/// <summary>
/// An expected failure. <see cref="Code"/> is stable and is the key the web edge localizes by;
/// <see cref="Message"/> is the fallback text. Validation errors carry their messages per field,
/// already in the request's language (FluentValidation reads the current UI culture).
/// </summary>
public sealed record Error(string Code, string Message, ErrorType Type, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error NotFound(string code, string message) => new(code, message, ErrorType.NotFound);

    public static Error Conflict(string code, string message) => new(code, message, ErrorType.Conflict);

    public static Error Rule(string code, string message) => new(code, message, ErrorType.RuleBroken);

    public static Error Forbidden(string code, string message) => new(code, message, ErrorType.Forbidden);

    public static Error Unavailable(string code, string message) => new(code, message, ErrorType.Unavailable);

    public static Error TooMany(string code, string message) => new(code, message, ErrorType.TooMany);

    public static Error Validation(IReadOnlyDictionary<string, string[]> fields) =>
        new("validation", "One or more fields are invalid.", ErrorType.Validation, fields);

    /// <summary>A conflict with what is already saved, blamed on one field (a tax code or slug already taken).</summary>
    public static Error FieldConflict(string code, string field, string message) =>
        new(code, message, ErrorType.Conflict, new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}
