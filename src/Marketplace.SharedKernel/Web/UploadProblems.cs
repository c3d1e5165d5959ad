using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.SharedKernel.Web;

public static class UploadProblems
{
    /// <summary>An upload endpoint was called without exactly one file in a multipart form: 400.</summary>
    public static ValidationProblem OneFileExpected() =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["file"] = [Bilingual.Pick("Hãy gửi đúng một tệp (multipart/form-data).", "Send exactly one file (multipart/form-data).")],
        }).ToValidationProblem();

    /// <summary>An upload larger than the endpoint takes, refused before it is read: 413.</summary>
    public static ProblemHttpResult TooLarge(string limit) =>
        TypedResults.Problem(
            title: Bilingual.Pick($"Tệp quá lớn: tối đa {limit}.", $"The file is too large: {limit} at most."),
            statusCode: StatusCodes.Status413PayloadTooLarge,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = "upload.too_large" });
}
