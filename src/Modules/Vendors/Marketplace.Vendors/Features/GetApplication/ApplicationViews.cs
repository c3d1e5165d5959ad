using Marketplace.SharedKernel;
using Marketplace.Vendors.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Vendors.Features.GetApplication;

/// <summary>A cooperative as the person who applied for it, or works for it, sees it.</summary>
internal sealed record MyCooperative(CooperativeId CooperativeId, string Name, string Slug, CooperativeStatus Status, string? DecisionReason, StaffRole Role);

internal sealed record DocumentContent(string FileName, string ContentType, byte[] Content)
{
    /// <summary>
    /// A document only its cooperative's people and admins may read (a registration, an ID, a
    /// certificate scan): no cache on the way, not a proxy's nor the browser's, keeps a copy.
    /// </summary>
    public FileContentHttpResult AsPrivateFile(HttpContext http)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(Content, ContentType, FileName);
    }
}
