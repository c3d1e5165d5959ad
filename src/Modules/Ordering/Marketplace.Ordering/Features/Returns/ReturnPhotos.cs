using Marketplace.SharedKernel.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Ordering.Features.Returns;

/// <summary>A return's photo as a page answers it: the picture, or 404 for one the reader may not see.</summary>
internal static class ReturnPhotos
{
    public static IActionResult Result(PageModel page, Result<ReturnPhoto> photo) =>
        photo.IsSuccess ? page.File(photo.Value.Content, photo.Value.ContentType) : page.NotFound();
}
