using Marketplace.Catalog.Features.Feeds;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Catalog.Features.CatalogSheets;

/// <summary>
/// The catalog in a spreadsheet: download the template or the catalog, upload it back, see every
/// change and every line's problem, then apply. The file checked is kept in the file store
/// between the two taps; the page carries a sealed ticket to it (this cooperative, one hour),
/// so it cannot be used to read or delete any other stored file.
/// </summary>
[Authorize]
[RequestSizeLimit(UploadedFile.MaxDocumentBytes + 64 * 1024)]
internal sealed class CatalogSheetModel(ISender sender, IFileStore files, IDataProtectionProvider protection, IStringLocalizer<CatalogText> text)
    : PageModel
{
    private static readonly TimeSpan TicketLifetime = TimeSpan.FromHours(1);

    public CooperativeId Id { get; private set; }

    public CatalogImportReport? Report { get; private set; }

    public string? Ticket { get; private set; }

    public string? FileName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        Id = id;
        // The template is the cheapest question that says whether this person acts for the cooperative.
        var probe = await sender.Send(new ExportCatalogQuery(id, User.UserId(), SheetFormat.ProductsCsv, Template: true), cancellationToken);
        return probe.IsSuccess ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetFileAsync(CooperativeId id, string? format, bool template, CancellationToken cancellationToken)
    {
        if (CatalogSheetEndpoints.Format(format) is not { } sheetFormat)
        {
            return NotFound();
        }

        var file = await sender.Send(new ExportCatalogQuery(id, User.UserId(), sheetFormat, template), cancellationToken);
        return file.IsSuccess ? File(file.Value.Content, file.Value.ContentType, file.Value.FileName) : NotFound();
    }

    public async Task<IActionResult> OnGetChannelAsync(CooperativeId id, string? channel, CancellationToken cancellationToken)
    {
        if (CatalogSheetEndpoints.Channel(channel) is not { } known)
        {
            return NotFound();
        }

        var file = await sender.Send(new ExportToChannelQuery(id, User.UserId(), known), cancellationToken);
        return file.IsSuccess ? File(file.Value.Content, file.Value.ContentType, file.Value.FileName) : NotFound();
    }

    public async Task<IActionResult> OnPostCheckAsync(CooperativeId id, IFormFile? upload, CancellationToken cancellationToken)
    {
        Id = id;
        if (upload is not { Length: > 0 })
        {
            ModelState.AddModelError(string.Empty, text["sheet.nofile"]);
            return Page();
        }

        var file = (await UploadedFiles.ReadAsync([upload], cancellationToken))[0];
        FileName = upload.FileName;
        if (!await CheckAsync(id, file, cancellationToken))
        {
            return Page();
        }

        if (Report!.CanApply)
        {
            var key = await files.SaveAsync(file.Content, Path.GetExtension(upload.FileName) is ".csv" ? ".csv" : ".xlsx", cancellationToken);
            Ticket = Protector().Protect($"{id}|{key}|{upload.FileName}", TicketLifetime);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CooperativeId id, string? ticket, CancellationToken cancellationToken)
    {
        Id = id;
        var parts = Unseal(ticket);
        var content = parts is [var cooperative, var key, _] && cooperative == id.ToString() ? await files.ReadAsync(key, cancellationToken) : null;
        if (content is null)
        {
            ModelState.AddModelError(string.Empty, text["sheet.expired"]);
            return Page();
        }

        FileName = parts![2];
        Result<CatalogImportReport> result;
        try
        {
            result = await sender.Send(new ImportCatalogCommand(id, User.UserId(), new UploadedFile(FileName, content), Apply: true), cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A second tap, or an order or another upload, changed the catalog under this one: nothing was saved.
            result = Error.Conflict("catalog.changed", text["sheet.changed"]);
        }

        if (!result.IsSuccess)
        {
            // The catalog changed since the check: say so, and show the file's problems now.
            ModelState.AddModelError(string.Empty, result.Error!.Type == ErrorType.Conflict ? result.Error.Message : text["sheet.changed"]);
            await CheckAsync(id, new UploadedFile(FileName, content), cancellationToken);
            return Page();
        }

        await files.DeleteAsync(parts[1], cancellationToken);
        var report = result.Value;
        TempData["Flash"] = text["sheet.applied", report.ProductsAdded, report.ProductsChanged, report.VariantsAdded + report.VariantsChanged, report.LotsAdded]
            .Value;
        return Redirect($"/cooperatives/{id}/products");
    }

    private async Task<bool> CheckAsync(CooperativeId id, UploadedFile file, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ImportCatalogCommand(id, User.UserId(), file, Apply: false), cancellationToken);
        if (result.IsSuccess)
        {
            Report = result.Value;
            return true;
        }

        if (result.Error!.Type == ErrorType.NotFound)
        {
            ModelState.AddModelError(string.Empty, result.Error.Message);
            return false;
        }

        ModelState.AddErrors(result.Error, string.Empty, _ => string.Empty);
        return false;
    }

    private ITimeLimitedDataProtector Protector() => protection.CreateProtector("Marketplace.Catalog.CatalogSheet").ToTimeLimitedDataProtector();

    private string[]? Unseal(string? ticket)
    {
        if (string.IsNullOrEmpty(ticket))
        {
            return null;
        }

        try
        {
            return Protector().Unprotect(ticket).Split('|', 3);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
