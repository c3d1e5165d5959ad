using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Microsoft.AspNetCore.Http;

namespace Marketplace.Vendors.Api;

internal static class Problems
{
    /// <summary>An upload endpoint was called without exactly one file in a multipart form.</summary>
    public static IResult OneFileExpected() =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["file"] = [Bilingual.Pick("Hãy gửi đúng một tệp (multipart/form-data).", "Send exactly one file (multipart/form-data).")],
        }).ToProblem();
}
