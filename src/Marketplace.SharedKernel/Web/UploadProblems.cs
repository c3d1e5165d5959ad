using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Microsoft.AspNetCore.Http;

namespace Marketplace.SharedKernel.Web;

public static class UploadProblems
{
    /// <summary>An upload endpoint was called without exactly one file in a multipart form: 400.</summary>
    public static IResult OneFileExpected() =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["file"] = [Bilingual.Pick("Hãy gửi đúng một tệp (multipart/form-data).", "Send exactly one file (multipart/form-data).")],
        }).ToProblem();
}
