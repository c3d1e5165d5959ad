using System.Text.Json;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;

namespace Marketplace.Vendors.Features.SubmitApplication;

/// <summary>What the application form holds, as typed: nothing in it is checked until it is sent.</summary>
internal sealed record ApplicationDraftFields(
    string? LegalName,
    string? RegistrationNumber,
    string? TaxCode,
    string? Province,
    string? Commune,
    string? Address,
    string? ContactPerson,
    string? Phone,
    string? Email,
    string? Story);

internal sealed record SavedDraft(ApplicationDraftFields Fields, DateTimeOffset SavedAt);

internal sealed record GetApplicationDraftQuery(UserId Person) : IQuery<SavedDraft?>;

/// <summary>Keeps the person's unfinished application (replacing the one kept before).</summary>
internal sealed record SaveApplicationDraftCommand(UserId Person, ApplicationDraftFields Fields) : ICommand<Result<SavedDraft>>, IRunsIn<VendorsTransaction>;

internal sealed class ApplicationDraftsHandler(VendorsDbContext db, TimeProvider clock)
    : IQueryHandler<GetApplicationDraftQuery, SavedDraft?>,
      ICommandHandler<SaveApplicationDraftCommand, Result<SavedDraft>>
{
    /// <summary>Vietnamese letters kept as they are (not \uXXXX, six times longer): the draft is read back only by us, never into HTML or script.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async ValueTask<SavedDraft?> Handle(GetApplicationDraftQuery query, CancellationToken cancellationToken) =>
        await db.ApplicationDrafts.FindAsync([query.Person], cancellationToken) is { } draft
        && JsonSerializer.Deserialize<ApplicationDraftFields>(draft.Fields) is { } fields
            ? new SavedDraft(fields, draft.SavedAt)
            : null;

    public async ValueTask<Result<SavedDraft>> Handle(SaveApplicationDraftCommand command, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(command.Fields, Json);
        if (json.Length > ApplicationDraft.MaxLength)
        {
            return Error.Rule("application.draft_too_long", Bilingual.Pick(
                "Bản nháp quá dài để lưu: hãy rút gọn phần giới thiệu.", "The draft is too long to keep: shorten the story."));
        }

        var now = clock.GetUtcNow();
        if (await db.ApplicationDrafts.FindAsync([command.Person], cancellationToken) is { } draft)
        {
            draft.Replace(json, now);
        }
        else
        {
            db.ApplicationDrafts.Add(new ApplicationDraft(command.Person, json, now));
        }

        return new SavedDraft(command.Fields, now);
    }
}
