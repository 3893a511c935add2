// The reference: @aws-cdk/cloudformation-diff (what `cdk diff` uses) on two
// template files, whole process, printing its full text output (security
// tables included), as `cdkpp diff OLD NEW` does.
//   node cfn_diff.js OLD.json NEW.json
const fs = require('fs');
const { fullDiff, formatDifferences } = require('@aws-cdk/cloudformation-diff');

const [oldPath, newPath] = process.argv.slice(2);
const oldTemplate = JSON.parse(fs.readFileSync(oldPath, 'utf8'));
const newTemplate = JSON.parse(fs.readFileSync(newPath, 'utf8'));
const diff = fullDiff(oldTemplate, newTemplate);
formatDifferences(process.stdout, diff);
