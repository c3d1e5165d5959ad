using System.Data.Common;
using System.Text.Json;
using Marketplace.SharedKernel.Persistence;

namespace Marketplace.Web.Infrastructure.Problems;

/// <summary>
/// The exceptions that mean "the request was wrong", not "the server failed", wherever they
/// surface: a body the server could not read, a multipart form it could not take apart, text
/// no database can store, a value the database refused as data (SQLSTATE class 22: a NUL
/// character, a number out of range). Both the API's problem details and the pages' error page
/// ask here, so such input is a 4xx on every endpoint without each one catching it.
/// </summary>
internal static class BadInput
{
    /// <summary>
    /// The data exceptions (SQLSTATE class 22) a value sent by the caller causes: too long, out
    /// of range, not text of the encoding, not a valid representation. Not those a computation of
    /// ours can cause (division by zero, a date overflow), which stay server errors.
    /// </summary>
    private static readonly HashSet<string> RefusedInput = new(StringComparer.Ordinal) { "22001", "22003", "22007", "22021", "22P02", "22P05" };

    public static int? StatusCode(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BadHttpRequestException bad:
                    return bad.StatusCode;
                case InvalidDataException or UnstorableTextException:
                    return StatusCodes.Status400BadRequest;
                case DbException { SqlState: { } state } when RefusedInput.Contains(state):
                    return StatusCodes.Status400BadRequest;
            }
        }

        return null;
    }

    /// <summary>What was wrong, where it helps the caller fix it: the JSON reader's account (field and position, never the value).</summary>
    public static string? Detail(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return json.Message;
            }
        }

        return null;
    }
}
